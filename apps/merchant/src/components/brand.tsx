import { getTranslations } from 'next-intl/server';
import Link from 'next/link';

/** The pharmacy's own name first: it is their portal. */
export async function Brand({ pharmacyName }: { pharmacyName: string | null }) {
  const t = await getTranslations('portal.brand');
  return (
    <Link href="/" className="flex min-w-0 items-center gap-2 rounded-lg focus-visible:outline-2 focus-visible:outline-white">
      <span aria-hidden="true" className="grid size-8 shrink-0 place-items-center rounded-lg bg-white text-lg font-bold text-emerald-800">
        +
      </span>
      <span className="min-w-0 leading-tight">
        <span className="block truncate font-semibold">{pharmacyName ?? t('fallback')}</span>
        <span className="block truncate text-xs text-emerald-100">{t('tagline')}</span>
      </span>
    </Link>
  );
}
