import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { TopUpScreen } from '@/components/payments/top-up-screen';
import { SiteHeader } from '@/components/site-header';
import { routing } from '@/i18n/routing';
import { requirePatient } from '@/server/session';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale: hasLocale(routing.locales, locale) ? locale : routing.defaultLocale });
  return { title: `${t('topUp.title')} · ${t('common.appName')}` };
}

export default async function TopUpPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const me = await requirePatient(locale);
  const { wallet } = await searchParams;
  const t = await getTranslations('topUp');
  return (
    <>
      <SiteHeader user={me} />
      <main className="mx-auto max-w-xl px-4 py-5 sm:py-8">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="mb-5 mt-1 text-sm text-slate-600">{t('intro')}</p>
        <TopUpScreen walletId={typeof wallet === 'string' ? wallet : null} />
      </main>
    </>
  );
}
