'use client';

import { Card, EmptyState, formatMoney, Money, Notice, useTRPC } from '@healthpay/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { PER_PARTY, usePortalLocale, useAccountLabel } from './ledger-text';

/** The trial balance at the end of a Cairo day, one line per kind of account; a kind drills into its accounts. */
export function TrialBalance({ day, base }: { day: string; base: string }) {
  const t = useTranslations('ledger');
  const locale = usePortalLocale();
  const label = useAccountLabel();
  const trpc = useTRPC();
  const tb = useQuery(trpc.ledger.trialBalance.queryOptions({ day }));
  if (tb.isError) return <Notice tone="error" title={t('errors.generic')} />;
  if (tb.isPending) return <div role="status" aria-label={t('caption')} className="h-48 animate-pulse rounded-2xl bg-slate-200" />;
  const data = tb.data;
  if (data.lines.length === 0) return <EmptyState title={t('empty')} />;
  const cols = [t('columns.account'), t('columns.accounts'), t('columns.debit'), t('columns.credit'), t('columns.balance')];
  return (
    <div className="space-y-3">
      <Notice tone={data.balanced ? 'info' : 'error'} title={data.balanced ? t('balanced') : t('unbalanced', { amount: formatMoney(data.sum, locale) })} />
      <Card className="overflow-x-auto p-0">
        <table className="w-full min-w-[40rem] text-sm">
          <caption className="sr-only">{t('caption')}</caption>
          <thead className="bg-slate-50 text-xs text-slate-500">
            <tr>{cols.map((h) => <th key={h} scope="col" className="px-4 py-3 text-start font-medium">{h}</th>)}</tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {data.lines.map((l) => (
              <tr key={l.account}>
                <th scope="row" className="px-4 py-3 text-start font-medium">
                  <Link className="text-teal-800 hover:underline" href={`${base}?day=${day}&${PER_PARTY.has(l.account) ? 'kind' : 'account'}=${encodeURIComponent(l.account)}`}>
                    {label(l.account)}
                  </Link>
                </th>
                <td className="px-4 py-3 tabular-nums">{l.accounts}</td>
                <td className="px-4 py-3"><Money piasters={l.debit} locale={locale} /></td>
                <td className="px-4 py-3"><Money piasters={l.credit} locale={locale} /></td>
                <td className="px-4 py-3"><Money piasters={l.balance} locale={locale} /></td>
              </tr>
            ))}
          </tbody>
          <tfoot className="border-t border-slate-200 font-semibold">
            <tr>
              <th scope="row" className="px-4 py-3 text-start">{t('total')}</th>
              <td />
              <td className="px-4 py-3"><Money piasters={data.totalDebit} locale={locale} /></td>
              <td className="px-4 py-3"><Money piasters={data.totalCredit} locale={locale} /></td>
              <td className="px-4 py-3"><Money piasters={data.sum} locale={locale} /></td>
            </tr>
          </tfoot>
        </table>
      </Card>
    </div>
  );
}
