'use client';

import type { RouterOutputs } from '@healthpay/api';
import { Card, EmptyState, formatDateTime, Money } from '@healthpay/ui';
import { lineKey, useInvoiceScreen } from './invoice-text';

type Credit = RouterOutputs['insurerInvoices']['get']['credits'][number];

/** The credit notes on an invoice: when, how much, why, and the reversed claims each gave back. */
export function InvoiceCredits({ credits }: { credits: readonly Credit[] }) {
  const { t, locale } = useInvoiceScreen();
  return (
    <Card title={t('detail.creditsCaption')} titleId="invoice-credits-heading">
      {credits.length === 0 ? <EmptyState title={t('detail.noCredits')} /> : (
        <ul className="divide-y divide-slate-100 text-sm" aria-labelledby="invoice-credits-heading">
          {credits.map((c) => (
            <li key={c.at + c.lines.map((l) => l.prescriptionId).join()} className="space-y-1 py-2">
              <div className="flex flex-wrap justify-between gap-2">
                <span>{t('detail.creditNote', { at: formatDateTime(c.at, locale), count: c.lines.length })}</span>
                <Money piasters={c.amount} locale={locale} className="font-medium" />
              </div>
              {c.reason ? <p className="text-slate-600"><bdi>{c.reason}</bdi></p> : null}
              <ul className="text-xs text-slate-600">
                {c.lines.map((l) => (
                  <li key={lineKey(l)} className="flex justify-between gap-2">
                    <span><bdi>{l.prescriptionId}</bdi> · <bdi className="font-mono">{l.cardId}</bdi></span>
                    <Money piasters={l.benefit} locale={locale} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
