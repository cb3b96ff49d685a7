import { TERMS_VERSION } from '@healthpay/api/registration';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { SiteHeader } from '@/components/site-header';
import { routing } from '@/i18n/routing';

/** The terms of use and privacy notice whose version registration records. */
export default async function TermsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('terms');
  return (
    <>
      <SiteHeader />
      <main className="mx-auto max-w-2xl space-y-4 px-4 py-8">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="text-sm text-slate-500">{t('version', { version: TERMS_VERSION })}</p>
        <p>{t('body1')}</p>
        <p>{t('body2')}</p>
      </main>
    </>
  );
}
