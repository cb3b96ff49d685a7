import { PageHeading } from '@healthpay/ui';
import { getTranslations } from 'next-intl/server';
import { MyStatements } from '@/components/settlements/my-statements';
import { titleMetadata } from '@/components/page/title-metadata';

export const generateMetadata = titleMetadata('settlements');

export default async function SettlementsPage() {
  const t = await getTranslations('settlements');
  return (
    <div className="space-y-4">
      <PageHeading title={t('title')} />
      <MyStatements />
    </div>
  );
}
