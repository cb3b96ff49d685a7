import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { WalletSearch } from '@/components/wallets/wallet-search';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('wallets'))('title') };
}

export default async function WalletsPage() {
  const t = await getTranslations('wallets');
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">{t('title')}</h1>
      <Suspense>
        <WalletSearch />
      </Suspense>
    </>
  );
}
