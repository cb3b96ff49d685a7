'use client';

import { nextCursor, PagedList, rowsOf, useTRPC } from '@healthpay/ui';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useErrorText } from '@/i18n/error-text';
import { isProvider, isStatus } from './labels';
import { PaymentsFilter } from './payments-filter';
import { PaymentsTable } from './payments-table';

const PAGE = 25;

/** Top-ups for staff, filtered by the URL's query; pages load by cursor. */
export function PaymentsList() {
  const t = useTranslations('payments.list');
  const errorText = useErrorText('payments');
  const trpc = useTRPC();
  const params = useSearchParams();
  const status = params.get('status');
  const provider = params.get('provider');
  const q = params.get('q')?.trim().slice(0, 200) ?? '';
  const payments = useInfiniteQuery({
    ...trpc.payments.list.infiniteQueryOptions(
      {
        ...(isStatus(status) && { status }),
        ...(isProvider(provider) && { provider }),
        ...(params.get('flagged') === '1' && { flagged: true }),
        ...(q && { query: q }),
        limit: PAGE,
      },
      { getNextPageParam: nextCursor },
    ),
    placeholderData: keepPreviousData,
  });
  const rows = rowsOf(payments.data);

  return (
    <div className="space-y-4">
      <PaymentsFilter />
      <PagedList
        query={payments}
        count={rows.length}
        text={{
          loading: t('loading'), empty: t('empty'), loadMore: t('loadMore'), error: errorText, retry: t('tryAgain'),
          emptyHint: <Link href="/payments" className="font-medium text-teal-800 underline">{t('clear')}</Link>,
        }}
      >
        <PaymentsTable rows={rows} />
      </PagedList>
    </div>
  );
}
