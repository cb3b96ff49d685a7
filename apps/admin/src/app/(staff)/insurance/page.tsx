import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { InsuranceQueue } from '@/components/insurance/insurance-queue';
import { pageTitle } from '@/i18n/page-title';

export const generateMetadata = pageTitle('insurance');

export default async function InsurancePage() {
  const t = await getTranslations('insurance');
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">{t('title')}</h1>
      <p className="mb-4 text-sm text-slate-600">{t('intro')}</p>
      <Suspense>
        <InsuranceQueue />
      </Suspense>
    </>
  );
}
