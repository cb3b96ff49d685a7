'use client';

import { Button, Card, cairoDayOf, cn, EmptyState, englishMessageFor, Money, Notice, SelectField, TextField, useTRPC } from '@healthpay/ui';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { isProvider, PROVIDERS, providerLabel } from './labels';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

type Side = { status: string; amount: number; refunded: number } | null;

/** What a provider reports for a Cairo day against our events; mismatched lines first and highlighted. */
export function ReconciliationReport() {
  const trpc = useTRPC();
  const params = useSearchParams();
  const providerParam = params.get('provider');
  const provider = isProvider(providerParam) ? providerParam : 'paymob';
  const dateParam = params.get('date') ?? '';
  const date = DAY.test(dateParam) ? dateParam : cairoDayOf();
  const report = useQuery(trpc.payments.reconciliation.queryOptions({ provider, date }));
  const lines = report.data ? [...report.data.lines].sort((a, b) => Number(a.match) - Number(b.match)) : [];

  return (
    <div className="space-y-4">
      <Card>
        <form key={params.toString()} method="get" action="/payments/reconciliation" aria-label="Reconciliation report" className="grid gap-3 sm:grid-cols-[12rem_12rem_auto] sm:items-end">
          <SelectField label="Provider" name="provider" defaultValue={provider}>
            {PROVIDERS.map((p) => (
              <option key={p} value={p}>
                {providerLabel[p]}
              </option>
            ))}
          </SelectField>
          <TextField label="Day (Cairo)" name="date" type="date" defaultValue={date} />
          <Button type="submit">Show report</Button>
        </form>
      </Card>
      {report.isError ? (
        <Notice tone="error" title={englishMessageFor(report.error)}>
          <Button variant="secondary" size="sm" className="mt-2" onClick={() => void report.refetch()}>
            Try again
          </Button>
        </Notice>
      ) : report.isPending ? (
        <div role="status" aria-label="Loading report" className="h-48 animate-pulse rounded-2xl bg-slate-200" />
      ) : lines.length === 0 ? (
        <EmptyState title={`No ${providerLabel[provider]} payments on ${date}`} />
      ) : (
        <>
          {report.data.mismatches > 0 ? (
            <Notice tone="warning" title={`${report.data.mismatches} mismatch${report.data.mismatches === 1 ? '' : 'es'} on ${date}`} />
          ) : (
            <Notice title={`All ${lines.length} lines match.`} />
          )}
          <div className="overflow-x-auto rounded-2xl border border-slate-200 bg-white shadow-sm">
            <table className="w-full min-w-[52rem] text-sm">
              <caption className="sr-only">
                {providerLabel[provider]} reconciliation for {date}
              </caption>
              <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
                <tr>
                  <th scope="col" className="px-4 py-3 text-start font-medium">Payment</th>
                  <th scope="col" className="px-4 py-3 text-start font-medium">Ours</th>
                  <th scope="col" className="px-4 py-3 text-start font-medium">Provider&apos;s</th>
                  <th scope="col" className="px-4 py-3 text-start font-medium">Result</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {lines.map((l) => (
                  <tr key={`${l.paymentId}-${l.providerReference ?? ''}`} className={cn(!l.match && 'bg-red-50')}>
                    <th scope="row" className="px-4 py-3 text-start font-normal">
                      <Link href={`/payments/${l.paymentId}`} className="font-mono text-xs text-teal-800 hover:underline">
                        {l.paymentId}
                      </Link>
                      <span className="block font-mono text-xs text-slate-500">{l.providerReference ?? '—'}</span>
                    </th>
                    <td className="px-4 py-3">
                      <SideCell side={l.ours} />
                    </td>
                    <td className="px-4 py-3">
                      <SideCell side={l.theirs} />
                    </td>
                    <td className={cn('px-4 py-3 font-medium', l.match ? 'text-emerald-800' : 'text-red-800')}>
                      {l.match ? 'Match' : `Mismatch${l.problem ? `: ${l.problem}` : ''}`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}

function SideCell({ side }: { side: Side }) {
  if (!side) return <span className="text-slate-500">Missing</span>;
  return (
    <span>
      <span className="block">{side.status}</span>
      <Money piasters={side.amount} locale="en" />
      {side.refunded > 0 ? (
        <span className="block text-xs text-slate-500">
          refunded <Money piasters={side.refunded} locale="en" />
        </span>
      ) : null}
    </span>
  );
}
