'use client';

import { cn } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { usePathname } from 'next/navigation';

const tabs = [
  { href: '/payments', key: 'all' },
  { href: '/payments/unmatched', key: 'unmatched' },
  { href: '/payments/reconciliation', key: 'reconciliation' },
] as const;

/** The payments section's three views. */
export function PaymentsTabs() {
  const t = useTranslations('payments');
  const pathname = usePathname();
  return (
    <nav aria-label={t('title')} className="mb-4 flex gap-1 overflow-x-auto border-b border-slate-200">
      {tabs.map((tab) => {
        const current = pathname === tab.href;
        return (
          <Link
            key={tab.href}
            href={tab.href}
            aria-current={current ? 'page' : undefined}
            className={cn(
              'whitespace-nowrap border-b-2 px-3 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-teal-700',
              current ? 'border-teal-700 text-teal-900' : 'border-transparent text-slate-600 hover:text-slate-900',
            )}
          >
            {t(`tabs.${tab.key}`)}
          </Link>
        );
      })}
    </nav>
  );
}
