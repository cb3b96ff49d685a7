import type { Metadata } from 'next';
import { WalletDetail } from '@/components/wallet/wallet-detail';

export const metadata: Metadata = { title: 'Wallet' };

export default async function WalletPage({ params }: { params: Promise<{ walletId: string }> }) {
  const { walletId } = await params;
  return <WalletDetail walletId={walletId} />;
}
