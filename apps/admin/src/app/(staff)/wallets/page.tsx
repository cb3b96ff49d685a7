import type { Metadata } from 'next';
import { Suspense } from 'react';
import { WalletSearch } from '@/components/wallets/wallet-search';

export const metadata: Metadata = { title: 'Wallets' };

export default function WalletsPage() {
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Wallets</h1>
      <Suspense>
        <WalletSearch />
      </Suspense>
    </>
  );
}
