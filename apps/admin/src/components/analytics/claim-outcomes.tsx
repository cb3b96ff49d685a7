'use client';

import { EmptyState, formatNumber, useTRPC } from '@healthpay/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { usePageLocale, type Translator } from '@/i18n/error-text';
import { BarChart } from './bar-chart';
import { Panel } from './panel';

const kinds = [
  { key: 'approved', dot: 'bg-emerald-600' },
  { key: 'partial', dot: 'bg-amber-500' },
  { key: 'rejected', dot: 'bg-red-600' },
] as const;

/** How decided claims ended (shares of the whole), and why the rejected ones were rejected. */
export function ClaimOutcomes({ range }: { range: { from: string; to: string } }) {
  const t = useTranslations('analytics.outcomes');
  const codes = useTranslations('analytics.rejectionCode') as unknown as Translator;
  const locale = usePageLocale();
  const trpc = useTRPC();
  const outcomes = useQuery(trpc.analytics.claimOutcomes.queryOptions(range));
  const o = outcomes.data;
  const decided = o ? o.approved + o.partial + o.rejected : 0;
  const share = (n: number) => (decided === 0 ? 0 : Math.round((n / decided) * 100));
  return (
    <Panel title={t('title')} id="chart-outcomes" query={outcomes}>
      {o && decided > 0 ? (
        <>
          <div className="flex h-6 overflow-hidden rounded-lg bg-slate-100" aria-hidden="true">
            {kinds.map((k) => <div key={k.key} className={k.dot} style={{ width: `${(o[k.key] / decided) * 100}%` }} />)}
          </div>
          <dl className="mt-3 grid grid-cols-3 gap-2 text-sm">
            {kinds.map((k) => (
              <div key={k.key} className="rounded-xl bg-slate-50 p-2">
                <dt className="flex items-center gap-1.5 text-xs text-slate-600">
                  <span aria-hidden="true" className={`inline-block size-2.5 rounded-full ${k.dot}`} />
                  {t(k.key)}
                </dt>
                <dd className="text-lg font-semibold tabular-nums">
                  {formatNumber(o[k.key], locale)} <span className="text-xs font-normal text-slate-500">{t('share', { pct: formatNumber(share(o[k.key]), locale) })}</span>
                </dd>
              </div>
            ))}
          </dl>
          {o.rejectionCodes.length > 0 ? (
            <div className="mt-4">
              <h3 className="mb-1 text-sm font-medium text-slate-700">{t('why')}</h3>
              <BarChart
                caption={t('whyCaption')}
                labelHeader={t('reason')}
                valueHeader={t('claims')}
                tone="bg-red-500"
                bars={o.rejectionCodes.map((r) => ({
                  key: r.code,
                  label: codes.has(r.code) ? codes(r.code) : r.code,
                  value: r.count,
                  display: <span>{formatNumber(r.count, locale)}</span>,
                }))}
              />
            </div>
          ) : null}
        </>
      ) : (
        <EmptyState title={t('empty')} />
      )}
    </Panel>
  );
}
