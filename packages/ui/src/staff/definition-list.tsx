import { useId, type ReactNode } from 'react';
import { cn } from '../cn';

export interface Definition {
  /** Stable key (also the id suffix of the term). */
  key: string;
  term: ReactNode;
  value: ReactNode;
}

/**
 * Terms and values, one row each. Every value is labelled by its term (`aria-labelledby`), so assistive
 * technology and tests find "Balance" → its amount.
 */
export function DefinitionList({ items, className }: { items: readonly Definition[]; className?: string }) {
  const prefix = useId();
  return (
    <dl className={cn('divide-y divide-slate-100 text-sm', className)}>
      {items.map(({ key, term, value }) => {
        const id = `${prefix}-${key}`;
        return (
          <div key={key} className="flex items-baseline justify-between gap-3 py-2">
            <dt id={id} className="text-slate-600">
              {term}
            </dt>
            <dd aria-labelledby={id} className="min-w-0 text-end font-medium">
              {value}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
