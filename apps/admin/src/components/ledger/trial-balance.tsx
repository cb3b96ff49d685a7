'use client';

import type { RouterOutputs } from '@healthpay/api';
import { DataTable, EmptyState, formatMoney, LoadingBlock, Money, Notice, useTRPC, type DataColumn } from '@healthpay/ui';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { PER_PARTY, useLedgerScreen } from './ledger-text';

type Line = RouterOutputs['ledger']['trialBalance']['lines'][number];

/** The trial balance at the end of a Cairo day, one line per kind of account; a kind drills into its accounts. */
export function TrialBalance({ day, base }: { day: string; base: string }) {
  const { t, locale, label } = useLedgerScreen();
  const trpc = useTRPC();
  const tb = useQuery(trpc.ledger.trialBalance.queryOptions({ day }));
  if (tb.isError) return <Notice tone="error" title={t('errors.generic')} />;
  if (tb.isPending) return <LoadingBlock label={t('caption')} />;
  const data = tb.data;
  if (data.lines.length === 0) return <EmptyState title={t('empty')} />;
  const money = (piasters: number) => <Money piasters={piasters} locale={locale} />;
  const columns: DataColumn<Line>[] = [
    {
      label: t('columns.account'),
      cell: (l) => (
        <Link className="text-teal-800 hover:underline" href={`${base}?day=${day}&${PER_PARTY.has(l.account) ? 'kind' : 'account'}=${encodeURIComponent(l.account)}`}>
          {label(l.account)}
        </Link>
      ),
    },
    { label: t('columns.accounts'), className: 'tabular-nums', cell: (l) => l.accounts },
    { label: t('columns.debit'), cell: (l) => money(l.debit) },
    { label: t('columns.credit'), cell: (l) => money(l.credit) },
    { label: t('columns.balance'), cell: (l) => money(l.balance) },
  ];
  return (
    <div className="space-y-3">
      <Notice tone={data.balanced ? 'info' : 'error'} title={data.balanced ? t('balanced') : t('unbalanced', { amount: formatMoney(data.sum, locale) })} />
      <DataTable caption={t('caption')} columns={columns} rows={data.lines} rowKey={(l) => l.account} hover={false}
        footer={[t('total'), null, money(data.totalDebit), money(data.totalCredit), money(data.sum)]} />
    </div>
  );
}
