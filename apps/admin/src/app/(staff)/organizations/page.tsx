import { PageHeading } from '@healthpay/ui';
import { getTranslations } from 'next-intl/server';
import { OrganizationsConsole } from '@/components/organizations/organizations-console';
import { pageTitle } from '@/i18n/page-title';

export const generateMetadata = pageTitle('organizations');

export default async function OrganizationsPage() {
  const t = await getTranslations('organizations');
  return (
    <>
      <PageHeading title={t('title')} intro={t('intro')} className="mb-4" />
      <OrganizationsConsole />
    </>
  );
}
