import { PageHeading } from '@healthpay/ui';
import { Suspense } from 'react';
import { LedgerScreen } from '@/components/ledger/ledger-screen';
import { pageTitle } from '@/i18n/page-title';
import { staffPage } from '@/server/staff-page';

export const generateMetadata = pageTitle('ledger');

/** Finance: the trial balance for a chosen Cairo day, drilling into accounts (the API allows finance and superadmins). */
export default staffPage('ledger', ({ t }) => (
  <>
    <PageHeading title={t('title')} className="mb-4" />
    <Suspense>
      <LedgerScreen base="/finance/ledger" />
    </Suspense>
  </>
));
