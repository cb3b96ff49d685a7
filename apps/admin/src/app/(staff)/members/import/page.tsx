import { PageHeading } from '@healthpay/ui';
import { MemberImport } from '@/components/members/member-import';
import { pageTitle } from '@/i18n/page-title';
import { staffPage } from '@/server/staff-page';

export const generateMetadata = pageTitle('members.import');

export default staffPage('members.import', ({ me, t }) => (
  <>
    <PageHeading title={t('title')} intro={t('intro')} className="mb-4" />
    <MemberImport canChooseOrganization={me.role === 'superadmin'} />
  </>
));
