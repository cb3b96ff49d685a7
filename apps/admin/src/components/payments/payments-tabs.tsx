'use client';

import { cn } from '@healthpay/ui';
import Link from 'next/link';
import { usePathname } from 'next/navigation';

const tabs = [
  { href: '/payments', label: 'All payments' },
  { href: '/payments/unmatched', label: 'Unmatched notifications' },
  { href: '/payments/reconciliation', label: 'Reconciliation' },
];

/** The payments section's three views. */
export function PaymentsTabs() {
  const pathname = usePathname();
  return (
    <nav aria-label="Payments" className="mb-4 flex gap-1 overflow-x-auto border-b border-slate-200">
      {tabs.map((t) => {
        const current = pathname === t.href;
        return (
          <Link
            key={t.href}
            href={t.href}
            aria-current={current ? 'page' : undefined}
            className={cn(
              'whitespace-nowrap border-b-2 px-3 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-teal-700',
              current ? 'border-teal-700 text-teal-900' : 'border-transparent text-slate-600 hover:text-slate-900',
            )}
          >
            {t.label}
          </Link>
        );
      })}
    </nav>
  );
}
