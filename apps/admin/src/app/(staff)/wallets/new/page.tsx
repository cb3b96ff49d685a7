import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { OpenWalletForm } from '@/components/open-wallet-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('wallets'))('open.title') };
}

export default async function OpenWalletPage() {
  const t = await getTranslations('wallets');
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="mb-4 text-2xl font-semibold">{t('open.title')}</h1>
      <OpenWalletForm />
    </div>
  );
}
