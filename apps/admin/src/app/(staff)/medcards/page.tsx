import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Suspense } from 'react';
import { CardSearch } from '@/components/medcards/card-search';
import { FindByNationalId } from '@/components/medcards/find-by-national-id';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('medcards'))('title') };
}

export default async function MedCardsPage() {
  const t = await getTranslations('medcards');
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <Link
          href="/medcards/new"
          className="inline-flex h-11 items-center rounded-xl bg-teal-700 px-4 text-sm font-medium text-white hover:bg-teal-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700"
        >
          {t('issueCard')}
        </Link>
      </div>
      <Suspense>
        <CardSearch />
      </Suspense>
      <div className="mt-6">
        <FindByNationalId />
      </div>
    </>
  );
}
