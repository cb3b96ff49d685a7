'use client';

import { EmptyState, Money, useTRPC } from '@healthpay/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { usePageLocale } from '@/i18n/error-text';
import { BarChart, type Bar } from './bar-chart';
import { Panel } from './panel';
import { pharmacyLabel } from './pharmacy-label';

type Range = { from: string; to: string };
type Query = { isPending: boolean; isError: boolean; error: unknown };

/** A ranked list of benefit paid (per pharmacy, per drug) as bars; "no claims" when the range has none. */
function RankedPanel({ name, id, tone, query, bars }: { name: 'pharmacy' | 'drugs'; id: string; tone: string; query: Query; bars: Bar[] }) {
  const t = useTranslations(`analytics.${name}`);
  return (
    <Panel title={t('title')} id={id} query={query}>
      {bars.length === 0 ? (
        <EmptyState title={t('empty')} />
      ) : (
        <BarChart caption={t('caption')} labelHeader={t('label')} valueHeader={t('value')} tone={tone} bars={bars} />
      )}
    </Panel>
  );
}

/** Benefit paid per pharmacy, with its claims, rejections and what patients paid themselves. */
export function SpendByPharmacy({ range }: { range: Range }) {
  const t = useTranslations('analytics.pharmacy');
  const locale = usePageLocale();
  const trpc = useTRPC();
  const q = useQuery(trpc.analytics.spendByPharmacy.queryOptions(range));
  const bars = (q.data ?? []).map((p) => ({
    key: p.pharmacyId,
    label: <bdi dir="auto">{pharmacyLabel(p, locale)}</bdi>,
    detail: t.rich('detail', { claims: p.claims, rejected: p.rejected, copay: () => <Money piasters={p.copay} locale={locale} /> }),
    value: p.benefit,
    display: <Money piasters={p.benefit} locale={locale} />,
  }));
  return <RankedPanel name="pharmacy" id="chart-pharmacy" tone="bg-sky-600" query={q} bars={bars} />;
}

/** The drugs the cards paid most for. A drug has one name (as the pharmacy submitted it): isolated, not translated. */
export function TopDrugs({ range }: { range: Range }) {
  const t = useTranslations('analytics.drugs');
  const locale = usePageLocale();
  const trpc = useTRPC();
  const q = useQuery(trpc.analytics.topDrugs.queryOptions({ ...range, limit: 10 }));
  const bars = (q.data ?? []).map((d) => ({
    key: d.drugCode,
    label: <bdi dir="auto">{d.drugName}</bdi>,
    detail: t.rich('detail', { code: d.drugCode, claims: d.claims, units: d.quantity, mono: (c) => <bdi className="font-mono">{c}</bdi> }),
    value: d.benefit,
    display: <Money piasters={d.benefit} locale={locale} />,
  }));
  return <RankedPanel name="drugs" id="chart-drugs" tone="bg-violet-600" query={q} bars={bars} />;
}
