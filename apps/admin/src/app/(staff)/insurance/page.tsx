import { PageHeading } from '@healthpay/ui';
import { Suspense } from 'react';
import { InsuranceQueue } from '@/components/insurance/insurance-queue';
import { pageTitle } from '@/i18n/page-title';
import { staffPage } from '@/server/staff-page';

export const generateMetadata = pageTitle('insurance');

export default staffPage('insurance', ({ t }) => (
  <>
    <PageHeading title={t('title')} intro={t('intro')} className="mb-4" />
    <Suspense>
      <InsuranceQueue />
    </Suspense>
  </>
));
