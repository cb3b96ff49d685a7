import { PageHeading } from '@healthpay/ui';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { ClaimSearch } from '@/components/summary/claim-search';
import { DailySummary } from '@/components/summary/daily-summary';
import { titleMetadata } from '@/components/page/title-metadata';

export const generateMetadata = titleMetadata('summary');

export default async function SummaryPage() {
  const t = await getTranslations('summary');
  return (
    <div className="space-y-8">
      <div className="space-y-4">
        <PageHeading title={t('title')} intro={t('intro')} />
        <DailySummary />
      </div>
      <Suspense>
        <ClaimSearch />
      </Suspense>
    </div>
  );
}
