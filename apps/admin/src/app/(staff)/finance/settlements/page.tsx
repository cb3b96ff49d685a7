import { PageHeading } from '@healthpay/ui';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Suspense } from 'react';
import { StatementsList } from '@/components/settlements/statements-list';
import { requireStaff } from '@/server/session';
import { pageTitle } from '@/i18n/page-title';

export const generateMetadata = pageTitle('settlements');

export default async function SettlementsPage() {
  const [, t] = await Promise.all([requireStaff(), getTranslations('settlements')]);
  return (
    <>
      <PageHeading title={t('title')} className="mb-4" action={<Link href="/finance/fees" className="text-sm font-medium text-teal-800 underline">{t('fees.title')}</Link>} />
      <Suspense>
        <StatementsList base="/finance/settlements" />
      </Suspense>
    </>
  );
}
