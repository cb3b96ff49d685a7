import { getTranslations } from 'next-intl/server';
import { PaymentsTabs } from '@/components/payments/payments-tabs';
import { UnmatchedList } from '@/components/payments/unmatched-list';
import { pageTitle } from '@/i18n/page-title';

export const generateMetadata = pageTitle('payments', 'tabs.unmatched');

export default async function UnmatchedPage() {
  const t = await getTranslations('payments');
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">{t('title')}</h1>
      <PaymentsTabs />
      <p className="mb-4 text-sm text-slate-600">{t('unmatchedIntro')}</p>
      <UnmatchedList />
    </>
  );
}
