import type { ComponentType, ReactNode } from 'react';
import { portalLocaleOf } from '../i18n/portal-locale';
import { PortalDocument, portalTitle } from './portal-document';

/** The Next.js and next-intl server functions a cookie-locale portal hands the kit (the kit has no Next.js dependency). */
export interface PortalServer {
  /** next/server's `connection`. */
  connection: () => Promise<void>;
  getLocale: () => Promise<string>;
  getTranslations: (namespace: string) => Promise<(key: string) => string>;
  /** next-intl's NextIntlClientProvider. */
  Messages: ComponentType<{ children: ReactNode }>;
}

/**
 * A cookie-locale portal's root layout and its `generateMetadata`. Rendered per request (never prerendered): every
 * page's scripts carry the request's CSP nonce. `namespace` holds `notifications` (the toasts' name) and, at
 * `titleKey`, the portal's name for the browser tab.
 */
export function portalRoot(server: PortalServer, namespace: string, titleKey: string, signInPath = '/signin') {
  return {
    generateMetadata: async () => portalTitle((await server.getTranslations(namespace))(titleKey)),
    RootLayout: async function RootLayout({ children }: { children: ReactNode }) {
      await server.connection();
      const [locale, t] = await Promise.all([server.getLocale(), server.getTranslations(namespace)]);
      return (
        <PortalDocument locale={portalLocaleOf(locale)} signInPath={signInPath} Messages={server.Messages} notifications={t('notifications')}>
          {children}
        </PortalDocument>
      );
    },
  };
}
