import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTranslator } from 'next-intl';
import type { Translate } from '../lists/error-text';
import type { PortalLocale } from '../i18n/portal-locale';

/** The cookie-locale portals whose screens are built from the kit. */
export type PortalApp = 'admin' | 'merchant';

// A path, not a URL: under happy-dom `URL` is the DOM's, which node:fs does not take.
const appsDir = join(fileURLToPath(import.meta.url), '../../../../../apps');

/**
 * A portal's real translator for one namespace (`messages/<locale>/<file>.json`, optionally narrowed to a
 * nested key such as `shell.signin`), formatted by next-intl as the app does: specs then see the words,
 * plurals and digits people see, and a key the kit reads but the app lacks fails the spec.
 */
export function portalT(app: PortalApp, locale: PortalLocale, namespace: string): Translate {
  const [file = namespace] = namespace.split('.');
  const messages = { [file]: JSON.parse(readFileSync(join(appsDir, app, 'messages', locale, `${file}.json`), 'utf8')) as Record<string, unknown> };
  const t = createTranslator({
    locale,
    messages,
    namespace,
    onError: (error) => {
      throw error;
    },
  } as Parameters<typeof createTranslator>[0]);
  return (key, values) => (t as unknown as Translate)(key, values);
}
