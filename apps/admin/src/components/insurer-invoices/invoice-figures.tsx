'use client';

import type { RouterOutputs } from '@healthpay/api';
import { Card, Figure, Money } from '@healthpay/ui';
import { useInvoiceScreen } from './invoice-text';

type Invoice = RouterOutputs['insurerInvoices']['get'];
const plain = { className: '', labelClassName: 'text-slate-500', valueClassName: '' };

/** What the invoice billed, credited back and received, and what is left either way (outstanding, or owed back). */
export function InvoiceFigures({ invoice: inv }: { invoice: Invoice }) {
  const { t, locale } = useInvoiceScreen();
  return (
    <Card>
      <dl className="grid gap-3 text-sm sm:grid-cols-3">
        <Figure label={t('list.total')} {...plain}><Money piasters={inv.total} locale={locale} className="font-semibold" /></Figure>
        {inv.credited > 0 ? <Figure label={t('detail.creditedTotal')} {...plain}><Money piasters={inv.credited} locale={locale} /></Figure> : null}
        <Figure label={t('detail.paid')} {...plain}><Money piasters={inv.paid} locale={locale} /></Figure>
        <Figure label={t('list.outstanding')} {...plain}><Money piasters={inv.outstanding} locale={locale} /></Figure>
        {inv.overpaid > 0 ? (
          <Figure label={t('detail.overpaid')} hint={t('detail.overpaidHint')} {...plain} valueClassName="font-semibold text-amber-800">
            <Money piasters={inv.overpaid} locale={locale} />
          </Figure>
        ) : null}
      </dl>
    </Card>
  );
}
