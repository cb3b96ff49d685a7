import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { PaymentsTabs } from '@/components/payments/payments-tabs';
import { ReconciliationReport } from '@/components/payments/reconciliation-report';
import { pageTitle } from '@/i18n/page-title';

export const generateMetadata = pageTitle('payments', 'tabs.reconciliation');

export default async function ReconciliationPage() {
  const t = await getTranslations('payments');
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">{t('title')}</h1>
      <PaymentsTabs />
      <Suspense>
        <ReconciliationReport />
      </Suspense>
    </>
  );
}
