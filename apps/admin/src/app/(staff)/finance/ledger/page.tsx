import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { LedgerScreen } from '@/components/ledger/ledger-screen';
import { requireStaff } from '@/server/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('ledger'))('title') };
}

/** Finance: the trial balance for a chosen Cairo day, drilling into accounts (the API allows finance and superadmins). */
export default async function LedgerPage() {
  const [, t] = await Promise.all([requireStaff(), getTranslations('ledger')]);
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">{t('title')}</h1>
      <Suspense>
        <LedgerScreen base="/finance/ledger" />
      </Suspense>
    </>
  );
}
