import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { personName } from '@healthpay/ui';
import { SiteHeader } from '@/components/site-header';
import { WalletHome } from '@/components/wallet/wallet-home';
import { routing } from '@/i18n/routing';
import { requirePatient } from '@/server/session';

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const me = await requirePatient(locale);
  const t = await getTranslations('common');
  return (
    <>
      <SiteHeader user={me} />
      <main className="mx-auto max-w-5xl px-4 py-5 sm:py-8">
        <p className="mb-4 text-sm text-slate-600">{t('signedInAs', { name: personName(me, locale) ?? me.name })}</p>
        <WalletHome myPhone={me.phone} />
      </main>
    </>
  );
}
