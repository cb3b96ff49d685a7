'use client';

import type { RouterOutputs } from '@healthpay/api';
import { Badge, DataTable, EmptyState, formatMoney, formatMonth, LoadingBlock, Money, Notice, useTRPC, type DataColumn } from '@healthpay/ui';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { statusTone, useInvoiceScreen } from './invoice-text';

type Invoice = RouterOutputs['insurerInvoices']['list'][number];

/** Every insurer invoice, newest month first, with what is still outstanding (or owed back to the insurer). */
export function InvoiceList({ base }: { base: string }) {
  const { t, locale, errorText } = useInvoiceScreen();
  const trpc = useTRPC();
  const list = useQuery(trpc.insurerInvoices.list.queryOptions({}));
  if (list.isError) return <Notice tone="error" title={errorText(list.error)} />;
  if (list.isPending) return <LoadingBlock label={t('list.caption')} />;
  if (list.data.length === 0) return <EmptyState title={t('list.empty')} />;
  const columns: DataColumn<Invoice>[] = [
    {
      label: t('list.month'),
      cell: (i) => (
        <Link href={`${base}/${encodeURIComponent(i.invoiceId)}`} className="text-teal-800 hover:underline" aria-label={t('list.view', { insurer: i.insurerName, month: formatMonth(i.month, locale) })}>
          {formatMonth(i.month, locale)}
        </Link>
      ),
    },
    { label: t('list.insurer'), cell: (i) => <bdi>{i.insurerName}</bdi> },
    { label: t('list.status'), cell: (i) => <Badge tone={statusTone(i.status)}>{t(`status.${i.status}`)}</Badge> },
    { label: t('list.lines'), className: 'tabular-nums', cell: (i) => i.lineCount },
    { label: t('list.total'), cell: (i) => <Money piasters={i.total} locale={locale} /> },
    {
      label: t('list.outstanding'),
      cell: (i) => (i.overpaid > 0
        ? <Badge tone="amber">{t('list.owedBack', { amount: formatMoney(i.overpaid, locale) })}</Badge>
        : <Money piasters={i.outstanding} locale={locale} />),
    },
  ];
  return <DataTable caption={t('list.caption')} columns={columns} rows={list.data} rowKey={(i) => i.invoiceId} />;
}
