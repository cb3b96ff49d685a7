import { PageHeading } from '@healthpay/ui';
import { Suspense } from 'react';
import { PaymentsTabs } from '@/components/payments/payments-tabs';
import { ReconciliationReport } from '@/components/payments/reconciliation-report';
import { pageTitle } from '@/i18n/page-title';
import { staffPage } from '@/server/staff-page';

export const generateMetadata = pageTitle('payments', 'tabs.reconciliation');

export default staffPage('payments', ({ t }) => (
  <>
    <PageHeading title={t('title')} className="mb-4" />
    <PaymentsTabs />
    <Suspense>
      <ReconciliationReport />
    </Suspense>
  </>
));
