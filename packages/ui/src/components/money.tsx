import { cn } from '../cn';
import { formatMoney, type Locale } from '../money';

/**
 * An amount in EGP. Rendered as <data value={piasters}> so the exact machine value travels with the
 * localized text; `signed` adds "+" to credits. Isolated from the surrounding text direction.
 */
export function Money({ piasters, locale, signed, className }: { piasters: number; locale: Locale; signed?: boolean; className?: string }) {
  return (
    <data value={piasters} className={cn('tabular-nums [unicode-bidi:isolate] whitespace-nowrap', className)}>
      {formatMoney(piasters, locale, { signed })}
    </data>
  );
}
