import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { ClaimSearch } from '@/components/summary/claim-search';
import { DailySummary } from '@/components/summary/daily-summary';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('summary'))('title') };
}

export default async function SummaryPage() {
  const t = await getTranslations('summary');
  return (
    <div className="space-y-8">
      <div className="space-y-4">
        <div>
          <h1 className="text-2xl font-semibold">{t('title')}</h1>
          <p className="mt-1 text-sm text-slate-600">{t('intro')}</p>
        </div>
        <DailySummary />
      </div>
      <Suspense>
        <ClaimSearch />
      </Suspense>
    </div>
  );
}
