'use client';

import { Badge, Card, EmptyState, formatDateTime, formatMonth, LoadingBlock, Money, Notice, useTRPC } from '@healthpay/ui';
import { useQuery } from '@tanstack/react-query';
import { CreditReversedClaims } from './credit-reversed-claims';
import { InvoiceActions } from './invoice-actions';
import { InvoiceCredits } from './invoice-credits';
import { InvoiceFigures } from './invoice-figures';
import { lineKey, statusTone, useInvoiceScreen } from './invoice-text';

const th = 'px-4 py-3 text-start font-medium';

/** One invoice: its totals, the claims it lists (credited ones marked), payments, credit notes, and what finance can do next. */
export function InvoiceDetail({ invoiceId }: { invoiceId: string }) {
  const { t, locale, errorText } = useInvoiceScreen();
  const trpc = useTRPC();
  const q = useQuery(trpc.insurerInvoices.get.queryOptions({ invoiceId }));
  if (q.isError) return <Notice tone="error" title={errorText(q.error)} />;
  if (q.isPending) return <LoadingBlock label={t('title')} />;
  const inv = q.data;
  const c = (k: string) => t(`detail.columns.${k}` as 'detail.columns.benefit');
  const credited = new Set(inv.credits.flatMap((cr) => cr.lines.map(lineKey)));
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{t('detail.heading', { insurer: inv.insurerName, month: formatMonth(inv.month, locale) })}</h1>
        <Badge tone={statusTone(inv.status)}>{t(`status.${inv.status}`)}</Badge>
      </div>
      <InvoiceFigures invoice={inv} />
      <InvoiceActions invoice={inv} />
      <CreditReversedClaims invoice={inv} />
      <Card className="overflow-x-auto p-0">
        <table className="w-full min-w-[40rem] text-sm">
          <caption className="px-4 py-3 text-start font-semibold">{t('detail.linesCaption')}</caption>
          <thead className="bg-slate-50 text-xs text-slate-500">
            <tr>{['approvedAt', 'cardId', 'pharmacyId', 'prescriptionId', 'benefit'].map((k) => <th key={k} scope="col" className={th}>{c(k)}</th>)}</tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {inv.lines.map((l) => (
              <tr key={lineKey(l)}>
                <td className="px-4 py-3 whitespace-nowrap">{formatDateTime(l.approvedAt, locale)}</td>
                <td className="px-4 py-3 font-mono text-xs"><bdi>{l.cardId}</bdi></td>
                <td className="px-4 py-3"><bdi>{l.pharmacyId}</bdi></td>
                <td className="px-4 py-3"><bdi>{l.prescriptionId}</bdi></td>
                <td className="px-4 py-3">
                  <Money piasters={l.benefit} locale={locale} />
                  {credited.has(lineKey(l)) ? <> <Badge tone="blue">{t('detail.credited')}</Badge></> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      <Card title={t('detail.paymentsCaption')} titleId="invoice-payments-heading">
        {inv.payments.length === 0 ? <EmptyState title={t('detail.noPayments')} /> : (
          <ul className="divide-y divide-slate-100 text-sm">
            {inv.payments.map((p) => (
              <li key={p.reference} className="flex flex-wrap justify-between gap-2 py-2">
                <span><bdi>{p.reference}</bdi> · {formatDateTime(p.at, locale)}</span>
                <Money piasters={p.amount} locale={locale} />
              </li>
            ))}
          </ul>
        )}
      </Card>
      <InvoiceCredits credits={inv.credits} />
    </div>
  );
}
