'use client';

import { Card, formatDateTime, Money, useTRPC } from '@healthpay/ui';
import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';

/** The prescription of a copay hold (`copay:<card>:<prescription>`), else null. */
const copayPrescription = (reference: string): string | null => /^copay:[^:]+:(.+)$/s.exec(reference)?.[1] ?? null;

/** Money reserved by pharmacies for purchases in progress; shown only when there is some. */
export function HoldsCard({ walletId }: { walletId: string }) {
  const trpc = useTRPC();
  const t = useTranslations('holds');
  const locale = useLocale();
  const holds = useQuery(trpc.wallet.holds.queryOptions({ walletId, status: 'active' }));
  const active = holds.data ?? [];
  const label = (reference: string) => {
    const prescription = copayPrescription(reference);
    return prescription === null ? reference : t('copay', { prescription: `\u2066${prescription}\u2069` });
  };
  if (active.length === 0) return null;
  return (
    <Card title={t('heading')} titleId="holds-heading">
      <p className="-mt-2 mb-3 text-sm text-slate-600">{t('hint')}</p>
      <ul aria-labelledby="holds-heading" className="divide-y divide-slate-100">
        {active.map((h) => (
          <li key={h.holdId} className="flex items-center justify-between gap-3 py-2.5">
            <div className="min-w-0">
              <p className="truncate font-medium">{label(h.reference)}</p>
              <p className="text-xs text-slate-500">
                {t('until', { date: formatDateTime(h.expiresAt, locale) })}
              </p>
            </div>
            <Money piasters={h.amount - h.captured} locale={locale} className="font-semibold text-amber-800" />
          </li>
        ))}
      </ul>
    </Card>
  );
}
