'use client';

import type { RouterInputs } from '@healthpay/api';
import { Button, capitalize, Card, EmptyState, englishMessageFor, Money, Notice, SelectField, TextField, useTRPC } from '@healthpay/ui';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';
import { CardStatusBadge } from './card-status-badge';
import { cardStatusLabel } from './labels';

type Search = RouterInputs['medcard']['search'];
type Status = NonNullable<Search['status']>;
type Tier = NonNullable<Search['tier']>;
const statuses: Status[] = ['pending', 'active', 'suspended', 'closed', 'expired'];
const tiers: Tier[] = ['silver', 'gold', 'platinum'];
const isStatus = (v: string | null): v is Status => statuses.includes(v as Status);
const isTier = (v: string | null): v is Tier => tiers.includes(v as Tier);

/** Find cards by holder name or phone, or a whole card number; the search lives in the URL so Back returns to it. */
export function CardSearch() {
  const trpc = useTRPC();
  const params = useSearchParams();
  const [typed, setTyped] = useState(params.get('q') ?? '');
  const [query, setQuery] = useState(typed.trim());
  const [status, setStatus] = useState<Status | undefined>(isStatus(params.get('status')) ? (params.get('status') as Status) : undefined);
  const [tier, setTier] = useState<Tier | undefined>(isTier(params.get('tier')) ? (params.get('tier') as Tier) : undefined);

  useEffect(() => {
    const id = setTimeout(() => setQuery(typed.trim()), 300);
    return () => clearTimeout(id);
  }, [typed]);

  // Written just before a result is opened (capture phase): changing the URL mid-navigation cancels it.
  const rememberSearch = () => {
    const sp = new URLSearchParams();
    if (typed.trim()) sp.set('q', typed.trim());
    if (status) sp.set('status', status);
    if (tier) sp.set('tier', tier);
    const qs = sp.toString();
    window.history.replaceState(null, '', qs ? `?${qs}` : window.location.pathname);
  };

  const cards = useInfiniteQuery({
    ...trpc.medcard.search.infiniteQueryOptions(
      { query: query || undefined, status, tier, limit: 20 },
      { getNextPageParam: (last) => last.nextCursor ?? undefined },
    ),
    placeholderData: keepPreviousData,
  });
  const rows = cards.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <div className="space-y-4">
      <Card>
        <form
          role="search"
          aria-label="MedCards"
          className="grid gap-3 sm:grid-cols-[1fr_10rem_10rem_auto] sm:items-end"
          onSubmit={(e) => {
            e.preventDefault();
            setQuery(typed.trim());
          }}
        >
          <TextField label="Search" placeholder="Holder name, phone or card number" type="search" value={typed} onChange={(e) => setTyped(e.target.value)} />
          <SelectField label="Status" value={status ?? ''} onChange={(e) => setStatus(isStatus(e.target.value) ? e.target.value : undefined)}>
            <option value="">All statuses</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {cardStatusLabel[s]}
              </option>
            ))}
          </SelectField>
          <SelectField label="Tier" value={tier ?? ''} onChange={(e) => setTier(isTier(e.target.value) ? e.target.value : undefined)}>
            <option value="">All tiers</option>
            {tiers.map((t) => (
              <option key={t} value={t}>
                {capitalize(t)}
              </option>
            ))}
          </SelectField>
          <Button type="submit">Search</Button>
        </form>
      </Card>

      {cards.isError && rows.length === 0 ? (
        <Notice tone="error" title={englishMessageFor(cards.error)}>
          <Button variant="secondary" size="sm" className="mt-2" onClick={() => void cards.refetch()}>
            Try again
          </Button>
        </Notice>
      ) : cards.isPending ? (
        <div role="status" aria-label="Loading cards" className="h-48 animate-pulse rounded-2xl bg-slate-200" />
      ) : rows.length === 0 ? (
        <EmptyState title="No cards match">
          Try another name, phone, card number or filter, or{' '}
          <Link href="/medcards/new" className="font-medium text-teal-800 underline">
            issue a card
          </Link>
          .
        </EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-2xl border border-slate-200 bg-white shadow-sm" onClickCapture={rememberSearch}>
          <table className="w-full min-w-[48rem] text-sm">
            <caption className="sr-only">MedCards</caption>
            <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="px-4 py-3 text-start font-medium">Holder</th>
                <th scope="col" className="px-4 py-3 text-start font-medium">Tier</th>
                <th scope="col" className="px-4 py-3 text-start font-medium">Status</th>
                <th scope="col" className="px-4 py-3 text-end font-medium">Monthly limit</th>
                <th scope="col" className="px-4 py-3 text-end font-medium">Used this month</th>
                <th scope="col" className="px-4 py-3 text-end font-medium">Remaining</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((c) => (
                <tr key={c.cardId} className="hover:bg-slate-50">
                  <th scope="row" className="px-4 py-3 text-start font-medium">
                    <Link href={`/medcards/${c.cardId}`} className="text-teal-800 hover:underline focus-visible:outline-2 focus-visible:outline-teal-700">
                      {c.holder.name}
                    </Link>
                    <span className="block font-mono text-xs font-normal text-slate-500">{c.cardId}</span>
                  </th>
                  <td className="px-4 py-3">{capitalize(c.tier)}</td>
                  <td className="px-4 py-3">
                    <CardStatusBadge status={c.status} />
                  </td>
                  <td className="px-4 py-3 text-end">
                    <Money piasters={c.monthlyLimit} locale="en" />
                  </td>
                  <td className="px-4 py-3 text-end">
                    <Money piasters={c.benefitUsed} locale="en" />
                  </td>
                  <td className="px-4 py-3 text-end">
                    <Money piasters={c.remainingBenefit} locale="en" />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {cards.hasNextPage ? (
        <Button variant="secondary" className="w-full" loading={cards.isFetchingNextPage} onClick={() => void cards.fetchNextPage()}>
          Load more
        </Button>
      ) : null}
    </div>
  );
}
