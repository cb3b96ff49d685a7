import { PageHeading } from '@healthpay/ui';
import { AnalyticsDashboard } from '@/components/analytics/analytics-dashboard';
import { pageTitle } from '@/i18n/page-title';
import { staffPage } from '@/server/staff-page';

export const generateMetadata = pageTitle('analytics');

export default staffPage('analytics', ({ t }) => (
  <>
    <PageHeading title={t('title')} className="mb-4" />
    <AnalyticsDashboard />
  </>
));
