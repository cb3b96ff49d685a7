import type { Metadata } from 'next';
import { OpenWalletForm } from '@/components/open-wallet-form';

export const metadata: Metadata = { title: 'Open wallet' };

export default function OpenWalletPage() {
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="mb-4 text-2xl font-semibold">Open wallet</h1>
      <OpenWalletForm />
    </div>
  );
}
