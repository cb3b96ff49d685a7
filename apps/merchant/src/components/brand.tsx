import Link from 'next/link';

/** The pharmacy's own name first: it is their portal. */
export function Brand({ pharmacyName }: { pharmacyName: string | null }) {
  return (
    <Link href="/" className="flex min-w-0 items-center gap-2 rounded-lg focus-visible:outline-2 focus-visible:outline-white">
      <span aria-hidden="true" className="grid size-8 shrink-0 place-items-center rounded-lg bg-white text-lg font-bold text-emerald-800">
        +
      </span>
      <span className="min-w-0 leading-tight">
        <span className="block truncate font-semibold">{pharmacyName ?? 'HealthPay for Pharmacies'}</span>
        <span className="block text-xs text-emerald-100">HealthPay pharmacy portal</span>
      </span>
    </Link>
  );
}
