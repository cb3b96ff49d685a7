import { PageHeading } from '@healthpay/ui';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { LedgerScreen } from '@/components/ledger/ledger-screen';
import { requireStaff } from '@/server/session';
import { pageTitle } from '@/i18n/page-title';

export const generateMetadata = pageTitle('ledger');

/** Finance: the trial balance for a chosen Cairo day, drilling into accounts (the API allows finance and superadmins). */
export default async function LedgerPage() {
  const [, t] = await Promise.all([requireStaff(), getTranslations('ledger')]);
  return (
    <>
      <PageHeading title={t('title')} className="mb-4" />
      <Suspense>
        <LedgerScreen base="/finance/ledger" />
      </Suspense>
    </>
  );
}
