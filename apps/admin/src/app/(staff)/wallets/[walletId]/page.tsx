import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { WalletDetail } from '@/components/wallet/wallet-detail';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('wallets'))('wallet') };
}

export default async function WalletPage({ params }: { params: Promise<{ walletId: string }> }) {
  const { walletId } = await params;
  return <WalletDetail walletId={walletId} />;
}
