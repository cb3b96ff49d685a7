'use client';

import { cairoDayOf, Card, Money, useTRPC } from '@healthpay/ui';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { summariseByDay } from '@/lib/daily-summary';

/** Today's claims at a glance (the first 100; the daily summary adds up any number). */
export function TodayCard() {
  const trpc = useTRPC();
  const today = cairoDayOf();
  const claims = useQuery(trpc.claims.byPharmacy.queryOptions({ from: today, to: today, limit: 100 }));
  const { total } = summariseByDay(claims.data?.items ?? []);
  const more = Boolean(claims.data?.nextCursor);
  return (
    <Card title="Today" titleId="today-card">
      {claims.isPending ? (
        <div role="status" aria-label="Loading today's claims" className="h-16 animate-pulse rounded-xl bg-slate-100" />
      ) : claims.isError ? (
        <p className="text-sm text-slate-600">Today&apos;s totals can&apos;t be loaded right now.</p>
      ) : (
        <dl className="grid grid-cols-2 gap-3 text-sm">
          <div>
            <dt className="text-slate-600">Claims</dt>
            <dd className="text-xl font-semibold tabular-nums">
              {total.claims}
              {more ? '+' : ''}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">HealthPay owes you</dt>
            <dd className="text-xl font-semibold">
              <Money piasters={total.benefit} locale="en" />
            </dd>
          </div>
        </dl>
      )}
      <Link href="/summary" className="mt-3 inline-block text-sm font-medium text-emerald-800 underline">
        Go to daily summary
      </Link>
    </Card>
  );
}
