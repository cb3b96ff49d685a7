import { PageHeading } from '@healthpay/ui';
import { OrganizationsConsole } from '@/components/organizations/organizations-console';
import { pageTitle } from '@/i18n/page-title';
import { staffPage } from '@/server/staff-page';

export const generateMetadata = pageTitle('organizations');

export default staffPage('organizations', ({ t }) => (
  <>
    <PageHeading title={t('title')} intro={t('intro')} className="mb-4" />
    <OrganizationsConsole />
  </>
));
