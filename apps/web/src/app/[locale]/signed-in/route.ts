import { LOCALE_COOKIE } from '@healthpay/ui';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { landingLocale } from '@/i18n/landing-locale';
import { currentUser } from '@/server/session';

/**
 * Sign-in's callback: the URL decides a page's language, so signing in on /ar would keep an English-speaking
 * patient in Arabic. Here, with the new session, the patient goes home in the language of `landingLocale`.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<never> {
  const { locale } = await params;
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  redirect(`/${await landingLocale(locale, cookie, async () => (await currentUser())?.locale)}`);
}
