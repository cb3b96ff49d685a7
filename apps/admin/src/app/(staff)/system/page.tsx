import { bdi, PageHeading } from '@healthpay/ui';
import { SystemStatusView } from '@/components/system/system-status-view';
import { pageTitle } from '@/i18n/page-title';
import { staffPage } from '@/server/staff-page';

export const generateMetadata = pageTitle('system');

/** Support and superadmins: is the system healthy? (the API refuses other roles; the nav hides the link from them). */
export default staffPage('system', ({ t }) => (
  <>
    <PageHeading title={t('title')} intro={t.rich('intro', { bdi })} className="mb-4" />
    <SystemStatusView />
  </>
));
