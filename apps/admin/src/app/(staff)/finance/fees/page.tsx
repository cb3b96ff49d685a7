import { PageHeading } from '@healthpay/ui';
import { getTranslations } from 'next-intl/server';
import { FeeSchedules } from '@/components/settlements/fee-schedules';
import { requireStaff } from '@/server/session';
import { pageTitle } from '@/i18n/page-title';

export const generateMetadata = pageTitle('settlements', 'fees.title');

export default async function FeesPage() {
  const [, t] = await Promise.all([requireStaff(), getTranslations('settlements')]);
  return (
    <>
      <PageHeading title={t('fees.title')} className="mb-4" />
      <FeeSchedules />
    </>
  );
}
