import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound, redirect } from 'next/navigation';
import { RegisterFlow } from '@/components/register/register-flow';
import { SiteHeader } from '@/components/site-header';
import { Link } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';
import { currentUser } from '@/server/session';

/** Patients open an account themselves: mobile, SMS code, names, national ID, consent. */
export default async function RegisterPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  if (await currentUser()) redirect(`/${locale}`);
  const t = await getTranslations('register');
  return (
    <>
      <SiteHeader />
      <main className="mx-auto max-w-md px-4 py-8">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="mt-2 text-sm text-slate-600">{t('intro')}</p>
        <RegisterFlow />
        <p className="mt-6 text-sm">
          <Link href="/signin" className="text-teal-800 underline">
            {t('haveAccount')}
          </Link>
        </p>
      </main>
    </>
  );
}
