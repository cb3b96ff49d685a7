import { PageHeading } from '@healthpay/ui';
import { getTranslations } from 'next-intl/server';
import { MemberImport } from '@/components/members/member-import';
import { requireStaff } from '@/server/session';
import { pageTitle } from '@/i18n/page-title';

export const generateMetadata = pageTitle('members.import');

export default async function MemberImportPage() {
  const [me, t] = await Promise.all([requireStaff(), getTranslations('members.import')]);
  return (
    <>
      <PageHeading title={t('title')} intro={t('intro')} className="mb-4" />
      <MemberImport canChooseOrganization={me.role === 'superadmin'} />
    </>
  );
}
