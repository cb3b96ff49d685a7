import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { notFound, redirect } from 'next/navigation';
import { routing, type AppLocale } from '@/i18n/routing';
import { currentUser } from './session';

/** Opens a page for the signed-out (sign-in, registration): an unknown locale is not found, a signed-in patient goes home. */
export async function openSignedOutPage(params: Promise<{ locale: string }>): Promise<AppLocale> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  if (await currentUser()) redirect(`/${locale}`);
  return locale;
}
