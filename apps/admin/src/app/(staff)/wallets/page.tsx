import { PageHeading } from '@healthpay/ui';
import { Suspense } from 'react';
import { WalletSearch } from '@/components/wallets/wallet-search';
import { pageTitle } from '@/i18n/page-title';
import { staffPage } from '@/server/staff-page';

export const generateMetadata = pageTitle('wallets');

export default staffPage('wallets', ({ t }) => (
  <>
    <PageHeading title={t('title')} className="mb-4" />
    <Suspense>
      <WalletSearch />
    </Suspense>
  </>
));
