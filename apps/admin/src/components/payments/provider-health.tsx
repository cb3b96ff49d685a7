'use client';

import { Badge, useTRPC } from '@healthpay/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useErrorText } from '@/i18n/error-text';
import { PROVIDERS } from './labels';
import { usePaymentLabels } from './payment-text';

const stateTone = { closed: 'green', open: 'red', 'half-open': 'amber' } as const;
const stateKey = { closed: 'closed', open: 'open', 'half-open': 'halfOpen' } as const;

/** Each provider's circuit breaker as the API sees it (refreshed every 15 s). */
export function ProviderHealth() {
  const t = useTranslations('payments.health');
  const labels = usePaymentLabels();
  const errorText = useErrorText('payments');
  const trpc = useTRPC();
  const health = useQuery({ ...trpc.payments.providerHealth.queryOptions(), refetchInterval: 15_000 });
  return (
    <section aria-label={t('region')} className="mb-4 flex flex-wrap items-center gap-4 rounded-2xl border border-slate-200 bg-white px-4 py-3 text-sm shadow-sm">
      <h2 className="font-medium text-slate-700">{t('heading')}</h2>
      {health.isError ? (
        <span className="text-red-800">{errorText(health.error)}</span>
      ) : (
        PROVIDERS.map((p) => {
          const state = health.data?.[p].state;
          return (
            <span key={p} className="flex items-center gap-2">
              <span className="font-medium">{labels.provider(p)}</span>
              {state ? <Badge tone={stateTone[state]}>{t(`state.${stateKey[state]}`)}</Badge> : <Badge>…</Badge>}
            </span>
          );
        })
      )}
    </section>
  );
}
