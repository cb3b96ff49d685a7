import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/site-header';
import { routing } from '@/i18n/routing';
import { requirePatient } from '@/server/session';

type LocaleParams = { params: Promise<{ locale: string }> };

/** A page's `generateMetadata`: "<title> · HealthPay" in the page's language (the default one for an unknown locale). */
export const titleMetadata =
  (key: string) =>
  async ({ params }: LocaleParams): Promise<Metadata> => {
    const { locale } = await params;
    const t = await getTranslations({ locale: hasLocale(routing.locales, locale) ? locale : routing.defaultLocale });
    // The key is one of the page's own titles; next-intl types only literal keys.
    return { title: `${(t as unknown as (k: string) => string)(key)} · ${t('common.appName')}` };
  };

/** Opens a signed-in patient's page: an unknown locale is not found, else the locale is set and the patient required. */
export async function openPatientPage(locale: string) {
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return { locale, me: await requirePatient(locale) };
}

/** The frame of a patient's page: the site header, then the page's width, title and intro. */
export function PatientMain({ user, wide = false, title, intro, children }: {
  user: Awaited<ReturnType<typeof requirePatient>>;
  wide?: boolean;
  title?: string;
  intro?: string;
  children: ReactNode;
}) {
  return (
    <>
      <SiteHeader user={user} />
      <main className={`mx-auto ${wide ? 'max-w-5xl' : 'max-w-xl'} px-4 py-5 sm:py-8`}>
        {title ? <h1 className="text-2xl font-semibold">{title}</h1> : null}
        {intro ? <p className="mb-5 mt-1 text-sm text-slate-600">{intro}</p> : null}
        {children}
      </main>
    </>
  );
}
