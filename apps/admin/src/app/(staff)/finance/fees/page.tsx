import { PageHeading } from '@healthpay/ui';
import { FeeSchedules } from '@/components/settlements/fee-schedules';
import { pageTitle } from '@/i18n/page-title';
import { staffPage } from '@/server/staff-page';

export const generateMetadata = pageTitle('settlements', 'fees.title');

export default staffPage('settlements', ({ t }) => (
  <>
    <PageHeading title={t('fees.title')} className="mb-4" />
    <FeeSchedules />
  </>
));
