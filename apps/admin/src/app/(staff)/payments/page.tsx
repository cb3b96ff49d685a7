import { PageHeading } from '@healthpay/ui';
import { Suspense } from 'react';
import { PaymentsList } from '@/components/payments/payments-list';
import { PaymentsTabs } from '@/components/payments/payments-tabs';
import { ProviderHealth } from '@/components/payments/provider-health';
import { pageTitle } from '@/i18n/page-title';
import { staffPage } from '@/server/staff-page';

export const generateMetadata = pageTitle('payments');

export default staffPage('payments', ({ t }) => (
  <>
    <PageHeading title={t('title')} className="mb-4" />
    <PaymentsTabs />
    <ProviderHealth />
    <Suspense>
      <PaymentsList />
    </Suspense>
  </>
));
