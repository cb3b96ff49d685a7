import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound, redirect } from 'next/navigation';
import { OtpSignIn } from '@/components/signin/otp-sign-in';
import { SiteHeader } from '@/components/site-header';
import { Link } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';
import { currentUser } from '@/server/session';

/** Patients sign in with their mobile number and a code by SMS. */
export default async function SignInPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  if (await currentUser()) redirect(`/${locale}`);
  const t = await getTranslations('signin');
  const r = await getTranslations('register');
  return (
    <>
      <SiteHeader />
      <main className="mx-auto max-w-md px-4 py-8">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="mt-2 text-sm text-slate-600">{t('intro')}</p>
        <OtpSignIn />
        <p className="mt-6 text-sm">
          <Link href="/register" className="text-teal-800 underline">
            {r('link')}
          </Link>
        </p>
      </main>
    </>
  );
}
