'use client';

import { EmptyState, type PagedListText } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';

/** The words every patient list shares (loading, load error, retry) around its own empty and "more" texts. */
export function usePatientListText() {
  const t = useTranslations('common');
  return (empty: string, loadMore: string): PagedListText => ({ loading: t('loading'), empty, loadMore, error: () => t('loadError'), retry: t('retry') });
}

/** Nothing to show here: says so and leads back to the wallet. */
export function BackToWallet({ title, back }: { title: string; back: string }) {
  return (
    <EmptyState title={title}>
      <Link href="/" className="font-medium text-teal-800 underline">
        {back}
      </Link>
    </EmptyState>
  );
}
