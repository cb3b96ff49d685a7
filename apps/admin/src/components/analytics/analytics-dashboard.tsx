'use client';

import { Button, cairoDayOf, Card, EmptyState, englishMessageFor, formatMonth, Money, Notice, TextField, useTRPC } from '@healthpay/ui';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { rejectionCodeLabel } from '../medcards/labels';
import { lastMonths } from '../medcards/monthly-spend';
import { BarChart } from './bar-chart';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** 1 claim, 2 claims. */
const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** Months from `from` to `to` inclusive ("2026-06" … "2026-11"). */
function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  for (let i = 0; i < 120; i++) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > to) break;
    out.push(month);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

function Panel({ title, id, children, query }: { title: string; id: string; children: ReactNode; query: { isPending: boolean; isError: boolean; error: unknown } }) {
  return (
    <Card title={title} titleId={id}>
      {query.isPending ? (
        <div role="status" aria-label={`Loading ${title.toLowerCase()}`} className="h-40 animate-pulse rounded-xl bg-slate-100" />
      ) : query.isError ? (
        <Notice tone="error" title={englishMessageFor(query.error)} />
      ) : (
        children
      )}
    </Card>
  );
}

/** MedCard analytics for a range of Cairo months: benefit paid, where, on what, and how claims ended. */
export function AnalyticsDashboard() {
  const trpc = useTRPC();
  const current = cairoDayOf().slice(0, 7);
  const initial = { from: lastMonths(current, 6)[0] ?? current, to: current };
  const [form, setForm] = useState(initial);
  const [range, setRange] = useState(initial);
  const [rangeError, setRangeError] = useState<string>();

  const byMonth = useQuery(trpc.analytics.spendByMonth.queryOptions(range));
  const byPharmacy = useQuery(trpc.analytics.spendByPharmacy.queryOptions(range));
  const drugs = useQuery(trpc.analytics.topDrugs.queryOptions({ ...range, limit: 10 }));
  const outcomes = useQuery(trpc.analytics.claimOutcomes.queryOptions(range));

  const apply = (e: FormEvent) => {
    e.preventDefault();
    if (!MONTH.test(form.from) || !MONTH.test(form.to)) return setRangeError('Choose both months.');
    if (form.from > form.to) return setRangeError('The first month must not be after the last.');
    setRangeError(undefined);
    setRange(form);
  };

  const spend = new Map((byMonth.data ?? []).map((r) => [r.month, r]));
  const totalBenefit = (byMonth.data ?? []).reduce((s, r) => s + r.benefit, 0);
  const o = outcomes.data;
  const decided = o ? o.approved + o.partial + o.rejected : 0;
  const share = (n: number) => (decided === 0 ? 0 : Math.round((n / decided) * 100));

  return (
    <div className="space-y-4">
      <Card>
        <form noValidate onSubmit={apply} aria-label="Months" className="grid gap-3 sm:grid-cols-[11rem_11rem_auto] sm:items-end">
          <TextField label="From month" type="month" max={current} error={rangeError} value={form.from} onChange={(e) => setForm((f) => ({ ...f, from: e.target.value }))} />
          <TextField label="To month" type="month" max={current} value={form.to} onChange={(e) => setForm((f) => ({ ...f, to: e.target.value }))} />
          <Button type="submit">Show</Button>
        </form>
        <p className="mt-2 text-xs text-slate-500">Months are Cairo calendar months; a claim counts in the month its benefit was paid.</p>
      </Card>

      <div className="grid gap-4 lg:grid-cols-2 lg:items-start">
        <Panel title="Benefit spend by month" id="chart-month" query={byMonth}>
          <BarChart
            caption="Benefit paid by the cards per month"
            labelHeader="Month"
            valueHeader="Benefit paid"
            bars={monthsBetween(range.from, range.to)
              .reverse()
              .map((m) => {
                const r = spend.get(m);
                return {
                  key: m,
                  label: formatMonth(m, 'en'),
                  detail: r ? `${count(r.claims, 'claim')} · ${count(r.cards, 'card')}` : 'No claims',
                  value: r?.benefit ?? 0,
                  display: <Money piasters={r?.benefit ?? 0} locale="en" />,
                };
              })}
          />
          <p className="mt-3 text-sm">
            Total: <Money piasters={totalBenefit} locale="en" className="font-semibold" />
          </p>
        </Panel>

        <Panel title="Claims approved, partial and rejected" id="chart-outcomes" query={outcomes}>
          {o && decided > 0 ? (
            <>
              <div className="flex h-6 overflow-hidden rounded-lg bg-slate-100" aria-hidden="true">
                <div className="bg-emerald-600" style={{ width: `${(o.approved / decided) * 100}%` }} />
                <div className="bg-amber-500" style={{ width: `${(o.partial / decided) * 100}%` }} />
                <div className="bg-red-600" style={{ width: `${(o.rejected / decided) * 100}%` }} />
              </div>
              <dl className="mt-3 grid grid-cols-3 gap-2 text-sm">
                {[
                  { label: 'Approved', n: o.approved, dot: 'bg-emerald-600' },
                  { label: 'Partially approved', n: o.partial, dot: 'bg-amber-500' },
                  { label: 'Rejected', n: o.rejected, dot: 'bg-red-600' },
                ].map((x) => (
                  <div key={x.label} className="rounded-xl bg-slate-50 p-2">
                    <dt className="flex items-center gap-1.5 text-xs text-slate-600">
                      <span aria-hidden="true" className={`inline-block size-2.5 rounded-full ${x.dot}`} />
                      {x.label}
                    </dt>
                    <dd className="text-lg font-semibold tabular-nums">
                      {x.n} <span className="text-xs font-normal text-slate-500">({share(x.n)}%)</span>
                    </dd>
                  </div>
                ))}
              </dl>
              {o.rejectionCodes.length > 0 ? (
                <div className="mt-4">
                  <h3 className="mb-1 text-sm font-medium text-slate-700">Why claims were rejected</h3>
                  <BarChart
                    caption="Rejected claims by reason"
                    labelHeader="Reason"
                    valueHeader="Claims"
                    tone="bg-red-500"
                    bars={o.rejectionCodes.map((r) => ({
                      key: r.code,
                      label: rejectionCodeLabel[r.code] ?? r.code,
                      value: r.count,
                      display: <span>{r.count}</span>,
                    }))}
                  />
                </div>
              ) : null}
            </>
          ) : (
            <EmptyState title="No claims in these months" />
          )}
        </Panel>

        <Panel title="Benefit spend by pharmacy" id="chart-pharmacy" query={byPharmacy}>
          {(byPharmacy.data ?? []).length === 0 ? (
            <EmptyState title="No claims in these months" />
          ) : (
            <BarChart
              caption="Benefit paid per pharmacy"
              labelHeader="Pharmacy"
              valueHeader="Benefit paid"
              tone="bg-sky-600"
              bars={(byPharmacy.data ?? []).map((p) => ({
                key: p.pharmacyId,
                label: p.pharmacyName ?? p.pharmacyId,
                detail: (
                  <>
                    {count(p.claims, 'claim')}{p.rejected > 0 ? ` (${p.rejected} rejected)` : ''} · patients paid <Money piasters={p.copay} locale="en" />
                  </>
                ),
                value: p.benefit,
                display: <Money piasters={p.benefit} locale="en" />,
              }))}
            />
          )}
        </Panel>

        <Panel title="Top drugs" id="chart-drugs" query={drugs}>
          {(drugs.data ?? []).length === 0 ? (
            <EmptyState title="No claims in these months" />
          ) : (
            <BarChart
              caption="Drugs the cards paid most for"
              labelHeader="Drug"
              valueHeader="Benefit paid"
              tone="bg-violet-600"
              bars={(drugs.data ?? []).map((d) => ({
                key: d.drugCode,
                label: d.drugName,
                detail: (
                  <>
                    <span className="font-mono">{d.drugCode}</span> · {count(d.claims, 'claim')} · {count(d.quantity, 'unit')}
                  </>
                ),
                value: d.benefit,
                display: <Money piasters={d.benefit} locale="en" />,
              }))}
            />
          )}
        </Panel>
      </div>
    </div>
  );
}
