import { chooseLocale } from '@healthpay/ui';
import { hasLocale } from 'next-intl';
import { routing, type AppLocale } from './routing';

/**
 * The language a patient lands in after signing in: this browser's choice (the `hp-locale` cookie the language
 * switch sets) first, then the account's stored language (users.locale), then the language of the page they
 * signed in on. The same rule as the cookie-locale portals (`chooseLocale`), ending on the URL instead of a default.
 */
export function landingLocale(urlLocale: string, cookie: string | undefined, stored: () => Promise<string | null | undefined>): Promise<AppLocale> {
  const here = hasLocale(routing.locales, urlLocale) ? urlLocale : routing.defaultLocale;
  return chooseLocale(cookie, async () => {
    const remembered = await stored();
    return hasLocale(routing.locales, remembered) ? remembered : here;
  });
}
