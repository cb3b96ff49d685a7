'use client';

import type { RouterInputs } from '@healthpay/api';
import { Card, EmptyState, SelectField, useTRPC } from '@healthpay/ui';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { useErrorText } from '@/i18n/error-text';
import { LoadFailed, LoadMore, Loading } from '../load-state';
import { QueueItem } from './queue-item';

type Filter = NonNullable<RouterInputs['insurance']['queue']['status']>;
const filters: Filter[] = ['submitted', 'returned', 'approved', 'rejected', 'all'];
const isFilter = (v: string | null): v is Filter => filters.includes(v as Filter);

/** Claims with insurers, oldest filing first; staff record each insurer's answer. */
export function InsuranceQueue() {
  const t = useTranslations('insurance.queue');
  const errorText = useErrorText('insurance');
  const trpc = useTRPC();
  const params = useSearchParams();
  const [status, setStatus] = useState<Filter>(isFilter(params.get('status')) ? (params.get('status') as Filter) : 'submitted');
  const queue = useInfiniteQuery({
    ...trpc.insurance.queue.infiniteQueryOptions({ status, limit: 20 }, { getNextPageParam: (last) => last.nextCursor ?? undefined }),
    placeholderData: keepPreviousData,
  });
  const items = queue.data?.pages.flatMap((p) => p.items) ?? [];

  const choose = (value: Filter) => {
    setStatus(value);
    window.history.replaceState(null, '', value === 'submitted' ? window.location.pathname : `?status=${value}`);
  };

  return (
    <div className="space-y-4">
      <Card>
        <div className="sm:w-72">
          <SelectField label={t('show')} value={status} onChange={(e) => isFilter(e.target.value) && choose(e.target.value)}>
            {filters.map((f) => (
              <option key={f} value={f}>
                {t(`filter.${f}`)}
              </option>
            ))}
          </SelectField>
        </div>
      </Card>
      {queue.isError && items.length === 0 ? (
        <LoadFailed title={errorText(queue.error)} retry={t('tryAgain')} onRetry={() => void queue.refetch()} />
      ) : queue.isPending ? (
        <Loading label={t('loading')} />
      ) : items.length === 0 ? (
        <EmptyState title={status === 'submitted' ? t('emptyWaiting') : t('empty')} />
      ) : (
        <ul aria-label={t('listLabel')} className="space-y-3">
          {items.map((c) => (
            <QueueItem key={c.claimId} claim={c} />
          ))}
        </ul>
      )}
      <LoadMore label={t('loadMore')} query={queue} />
    </div>
  );
}
