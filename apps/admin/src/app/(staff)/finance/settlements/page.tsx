import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Suspense } from 'react';
import { StatementsList } from '@/components/settlements/statements-list';
import { requireStaff } from '@/server/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('settlements'))('title') };
}

export default async function SettlementsPage() {
  const [, t] = await Promise.all([requireStaff(), getTranslations('settlements')]);
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <Link href="/finance/fees" className="text-sm font-medium text-teal-800 underline">{t('fees.title')}</Link>
      </div>
      <Suspense>
        <StatementsList base="/finance/settlements" />
      </Suspense>
    </>
  );
}
