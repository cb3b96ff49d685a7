import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Suspense } from 'react';
import { ClaimsList } from '@/components/claims/claims-list';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('claims'))('title') };
}

export default async function ClaimsPage() {
  const t = await getTranslations('claims');
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <Link
          href="/claims/new"
          className="inline-flex h-11 items-center rounded-xl bg-emerald-700 px-4 text-sm font-medium text-white hover:bg-emerald-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-700"
        >
          {t('newClaim')}
        </Link>
      </div>
      <Suspense>
        <ClaimsList />
      </Suspense>
    </div>
  );
}
