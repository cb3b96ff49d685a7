import Link from 'next/link';

export function Brand() {
  return (
    <Link href="/wallets" className="flex items-center gap-2 rounded-lg focus-visible:outline-2 focus-visible:outline-white">
      <span aria-hidden="true" className="grid size-8 place-items-center rounded-lg bg-white text-lg font-bold text-slate-900">
        +
      </span>
      <span className="leading-tight">
        <span className="block font-semibold">HealthPay</span>
        <span className="block text-xs text-slate-300">Staff console</span>
      </span>
    </Link>
  );
}
