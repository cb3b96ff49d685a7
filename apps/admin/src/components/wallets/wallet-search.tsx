'use client';

import type { RouterInputs } from '@healthpay/api';
import { Button, Card, EmptyState, englishMessageFor, Money, Notice, SelectField, TextField, useTRPC } from '@healthpay/ui';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';
import { StatusBadge } from '../status-badge';

type Status = NonNullable<RouterInputs['wallet']['search']['status']>;
const statuses: Status[] = ['pending', 'active', 'suspended', 'closed'];
const isStatus = (v: string | null): v is Status => statuses.includes(v as Status);

/** Find wallets by owner name, phone or wallet id; the search lives in the URL so Back returns to it. */
export function WalletSearch() {
  const trpc = useTRPC();
  const params = useSearchParams();
  const initialStatus = params.get('status');
  const [typed, setTyped] = useState(params.get('q') ?? '');
  const [query, setQuery] = useState(typed.trim());
  const [status, setStatus] = useState<Status | undefined>(isStatus(initialStatus) ? initialStatus : undefined);

  // Search as you type, once typing pauses.
  useEffect(() => {
    const id = setTimeout(() => setQuery(typed.trim()), 300);
    return () => clearTimeout(id);
  }, [typed]);

  // Keep the search in the URL so Back from a wallet returns to it. Written just before a result is opened
  // (capture phase, before the link navigates): changing the URL while a navigation is under way cancels it.
  const rememberSearch = () => {
    const sp = new URLSearchParams();
    if (typed.trim()) sp.set('q', typed.trim());
    if (status) sp.set('status', status);
    const qs = sp.toString();
    window.history.replaceState(null, '', qs ? `?${qs}` : window.location.pathname);
  };

  const wallets = useInfiniteQuery({
    ...trpc.wallet.search.infiniteQueryOptions(
      { query: query || undefined, status, limit: 20 },
      { getNextPageParam: (last) => last.nextCursor ?? undefined },
    ),
    placeholderData: keepPreviousData,
  });
  const rows = wallets.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <div className="space-y-4">
      <Card>
        <form
          role="search"
          aria-label="Wallets"
          className="grid gap-3 sm:grid-cols-[1fr_12rem_auto] sm:items-end"
          onSubmit={(e) => {
            e.preventDefault();
            setQuery(typed.trim());
          }}
        >
          <TextField label="Search" placeholder="Name, phone or wallet id" type="search" value={typed} onChange={(e) => setTyped(e.target.value)} />
          <SelectField label="Status" value={status ?? ''} onChange={(e) => setStatus(isStatus(e.target.value) ? e.target.value : undefined)}>
            <option value="">All statuses</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {s[0]?.toUpperCase()}
                {s.slice(1)}
              </option>
            ))}
          </SelectField>
          <Button type="submit">Search</Button>
        </form>
      </Card>

      {wallets.isError && rows.length === 0 ? (
        <Notice tone="error" title={englishMessageFor(wallets.error)}>
          <Button variant="secondary" size="sm" className="mt-2" onClick={() => void wallets.refetch()}>
            Try again
          </Button>
        </Notice>
      ) : wallets.isPending ? (
        <div role="status" aria-label="Loading wallets" className="h-48 animate-pulse rounded-2xl bg-slate-200" />
      ) : rows.length === 0 ? (
        <EmptyState title="No wallets match">Try another name, phone number or status.</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-2xl border border-slate-200 bg-white shadow-sm" onClickCapture={rememberSearch}>
          <table className="w-full min-w-[44rem] text-sm">
            <caption className="sr-only">Wallets</caption>
            <thead className="bg-slate-50 text-start text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="px-4 py-3 text-start font-medium">Owner</th>
                <th scope="col" className="px-4 py-3 text-start font-medium">Phone</th>
                <th scope="col" className="px-4 py-3 text-start font-medium">Status</th>
                <th scope="col" className="px-4 py-3 text-end font-medium">Balance</th>
                <th scope="col" className="px-4 py-3 text-end font-medium">Available</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((w) => (
                <tr key={w.walletId} className="hover:bg-slate-50">
                  <th scope="row" className="px-4 py-3 text-start font-medium">
                    <Link href={`/wallets/${w.walletId}`} className="text-teal-800 hover:underline focus-visible:outline-2 focus-visible:outline-teal-700">
                      {w.ownerName ?? w.ownerId}
                    </Link>
                    <span className="block font-mono text-xs font-normal text-slate-500">{w.walletId}</span>
                  </th>
                  <td className="px-4 py-3 tabular-nums text-slate-700">{w.ownerPhone ?? '—'}</td>
                  <td className="px-4 py-3">
                    <StatusBadge status={w.status} />
                  </td>
                  <td className="px-4 py-3 text-end">
                    <Money piasters={w.balance} locale="en" />
                  </td>
                  <td className="px-4 py-3 text-end">
                    <Money piasters={w.available} locale="en" />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {wallets.hasNextPage ? (
        <Button variant="secondary" className="w-full" loading={wallets.isFetchingNextPage} onClick={() => void wallets.fetchNextPage()}>
          Load more
        </Button>
      ) : null}
    </div>
  );
}
