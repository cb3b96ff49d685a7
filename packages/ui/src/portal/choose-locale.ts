import { DEFAULT_PORTAL_LOCALE, PORTAL_LOCALES, type PortalLocale } from '../i18n/portal-locale';

const isPortalLocale = (value: string | null | undefined): value is PortalLocale => (PORTAL_LOCALES as readonly (string | null | undefined)[]).includes(value);

/**
 * The language of a cookie-locale portal: this browser's choice (the `hp-locale` cookie) first, then the
 * signed-in user's remembered one (users.locale), then the portal's default. `stored` is only looked up when
 * the cookie does not decide, so anonymous visitors cost nothing.
 */
export async function chooseLocale(cookie: string | undefined, stored: () => Promise<string | null | undefined>): Promise<PortalLocale> {
  if (isPortalLocale(cookie)) return cookie;
  const remembered = await stored();
  return isPortalLocale(remembered) ? remembered : DEFAULT_PORTAL_LOCALE;
}
