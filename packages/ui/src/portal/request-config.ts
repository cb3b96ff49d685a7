import { TIME_ZONE } from '../dates';
import { loadNamespaces, type PortalLocale } from '../i18n/portal-locale';
import { chooseLocale } from './choose-locale';

/**
 * A cookie-locale portal's next-intl request config (what the app's `getRequestConfig` returns): the language by
 * `chooseLocale` (the `hp-locale` cookie, then the signed-in user's remembered one), Cairo time, and every namespace
 * `load` imports. `load` stays in the app: the bundler needs its `import()` of the app's message files.
 */
export async function portalRequestConfig(
  cookie: string | undefined,
  stored: () => Promise<string | null | undefined>,
  namespaces: readonly string[],
  load: Parameters<typeof loadNamespaces>[1],
): Promise<{ locale: PortalLocale; timeZone: string; messages: Awaited<ReturnType<typeof loadNamespaces>> }> {
  const locale = await chooseLocale(cookie, stored);
  return { locale, timeZone: TIME_ZONE, messages: await loadNamespaces(namespaces, load, locale) };
}
