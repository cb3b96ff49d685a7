'use client';

import { Badge, EmptyState, formatMonth, Money, Notice, useTRPC } from '@healthpay/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { statusTone, useInvoiceErrorText, usePortalLocale } from './invoice-text';

/** Every insurer invoice, newest month first, with what is still outstanding. */
export function InvoiceList({ base }: { base: string }) {
  const t = useTranslations('insurerInvoices');
  const locale = usePortalLocale();
  const errorText = useInvoiceErrorText();
  const trpc = useTRPC();
  const list = useQuery(trpc.insurerInvoices.list.queryOptions({}));
  if (list.isError) return <Notice tone="error" title={errorText(list.error)} />;
  if (list.isPending) return <div role="status" aria-label={t('list.caption')} className="h-48 animate-pulse rounded-2xl bg-slate-200" />;
  if (list.data.length === 0) return <EmptyState title={t('list.empty')} />;
  const cols = [t('list.month'), t('list.insurer'), t('list.status'), t('list.lines'), t('list.total'), t('list.outstanding')];
  return (
    <div className="overflow-x-auto rounded-2xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full min-w-[40rem] text-sm">
        <caption className="sr-only">{t('list.caption')}</caption>
        <thead className="bg-slate-50 text-xs text-slate-500">
          <tr>{cols.map((h) => <th key={h} scope="col" className="px-4 py-3 text-start font-medium">{h}</th>)}</tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {list.data.map((i) => (
            <tr key={i.invoiceId} className="hover:bg-slate-50">
              <th scope="row" className="px-4 py-3 text-start font-medium">
                <Link href={`${base}/${encodeURIComponent(i.invoiceId)}`} className="text-teal-800 hover:underline" aria-label={t('list.view', { insurer: i.insurerName, month: formatMonth(i.month, locale) })}>
                  {formatMonth(i.month, locale)}
                </Link>
              </th>
              <td className="px-4 py-3"><bdi>{i.insurerName}</bdi></td>
              <td className="px-4 py-3"><Badge tone={statusTone(i.status)}>{t(`status.${i.status}`)}</Badge></td>
              <td className="px-4 py-3 tabular-nums">{i.lineCount}</td>
              <td className="px-4 py-3"><Money piasters={i.total} locale={locale} /></td>
              <td className="px-4 py-3"><Money piasters={i.outstanding} locale={locale} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
