import { PageHeading } from '@healthpay/ui';
import Link from 'next/link';
import { Suspense } from 'react';
import { StatementsList } from '@/components/settlements/statements-list';
import { pageTitle } from '@/i18n/page-title';
import { staffPage } from '@/server/staff-page';

export const generateMetadata = pageTitle('settlements');

export default staffPage('settlements', ({ t }) => (
  <>
    <PageHeading title={t('title')} className="mb-4" action={<Link href="/finance/fees" className="text-sm font-medium text-teal-800 underline">{t('fees.title')}</Link>} />
    <Suspense>
      <StatementsList base="/finance/settlements" />
    </Suspense>
  </>
));
