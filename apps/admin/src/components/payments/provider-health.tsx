'use client';

import { Badge, englishMessageFor, useTRPC } from '@healthpay/ui';
import { useQuery } from '@tanstack/react-query';
import { PROVIDERS, providerLabel } from './labels';

const stateText = { closed: 'OK', open: 'Circuit open', 'half-open': 'Recovering' } as const;
const stateTone = { closed: 'green', open: 'red', 'half-open': 'amber' } as const;

/** Each provider's circuit breaker as the API sees it (refreshed every 15 s). */
export function ProviderHealth() {
  const trpc = useTRPC();
  const health = useQuery({ ...trpc.payments.providerHealth.queryOptions(), refetchInterval: 15_000 });
  return (
    <section aria-label="Payment providers" className="mb-4 flex flex-wrap items-center gap-4 rounded-2xl border border-slate-200 bg-white px-4 py-3 text-sm shadow-sm">
      <h2 className="font-medium text-slate-700">Providers</h2>
      {health.isError ? (
        <span className="text-red-800">{englishMessageFor(health.error)}</span>
      ) : (
        PROVIDERS.map((p) => {
          const state = health.data?.[p].state;
          return (
            <span key={p} className="flex items-center gap-2">
              <span className="font-medium">{providerLabel[p]}</span>
              {state ? <Badge tone={stateTone[state]}>{stateText[state]}</Badge> : <Badge>…</Badge>}
            </span>
          );
        })
      )}
    </section>
  );
}
