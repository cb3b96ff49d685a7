/**
 * Staff and pharmacy portals keep the language in a cookie (no locale in the URL): the switch sets it, the
 * request config reads it. The patient portal puts the locale in the path instead.
 */
export const PORTAL_LOCALES = ['ar', 'en'] as const;
export type PortalLocale = (typeof PORTAL_LOCALES)[number];
export const LOCALE_COOKIE = 'hp-locale';
/** English until every staff and pharmacy screen is translated (issue 12); then Arabic, like the patient portal. */
export const DEFAULT_PORTAL_LOCALE: PortalLocale = 'en';

export const portalLocaleOf = (cookieValue: string | undefined): PortalLocale =>
  (PORTAL_LOCALES as readonly string[]).includes(cookieValue ?? '') ? (cookieValue as PortalLocale) : DEFAULT_PORTAL_LOCALE;

export const directionOf = (locale: PortalLocale): 'rtl' | 'ltr' => (locale === 'ar' ? 'rtl' : 'ltr');

type Messages = Record<string, unknown>;

/** All of a portal's namespaces for one locale, each from its own file (`messages/<locale>/<namespace>.json`). */
export async function loadNamespaces(
  namespaces: readonly string[],
  load: (locale: PortalLocale, namespace: string) => Promise<{ default: Messages }>,
  locale: PortalLocale,
): Promise<Record<string, Messages>> {
  const entries = await Promise.all(namespaces.map(async (ns) => [ns, (await load(locale, ns)).default] as const));
  return Object.fromEntries(entries);
}
