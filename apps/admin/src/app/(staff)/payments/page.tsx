import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { PaymentsList } from '@/components/payments/payments-list';
import { PaymentsTabs } from '@/components/payments/payments-tabs';
import { ProviderHealth } from '@/components/payments/provider-health';
import { pageTitle } from '@/i18n/page-title';

export const generateMetadata = pageTitle('payments');

export default async function PaymentsPage() {
  const t = await getTranslations('payments');
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">{t('title')}</h1>
      <PaymentsTabs />
      <ProviderHealth />
      <Suspense>
        <PaymentsList />
      </Suspense>
    </>
  );
}
