import { bdi, PageHeading } from '@healthpay/ui';
import { getTranslations } from 'next-intl/server';
import { SystemStatusView } from '@/components/system/system-status-view';
import { requireStaff } from '@/server/session';
import { pageTitle } from '@/i18n/page-title';

export const generateMetadata = pageTitle('system');

/** Support and superadmins: is the system healthy? (the API refuses other roles; the nav hides the link from them). */
export default async function SystemPage() {
  const [, t] = await Promise.all([requireStaff(), getTranslations('system')]);
  return (
    <>
      <PageHeading title={t('title')} intro={t.rich('intro', { bdi })} className="mb-4" />
      <SystemStatusView />
    </>
  );
}
