import type { ComponentType, ReactNode } from 'react';
import { Toaster } from '../components/toaster';
import { directionOf, type PortalLocale } from '../i18n/portal-locale';
import { TrpcProvider } from '../trpc';

/**
 * A cookie-locale portal's <html>: language and direction, the app's message provider (`Messages`, next-intl's
 * NextIntlClientProvider), the tRPC client (unauthenticated answers go to `signInPath`) and the toasts.
 */
export function PortalDocument({ locale, signInPath, Messages, notifications, children }: {
  locale: PortalLocale;
  signInPath: string;
  Messages: ComponentType<{ children: ReactNode }>;
  /** The toasts' landmark name in the page's language. */
  notifications?: string;
  children: ReactNode;
}) {
  const dir = directionOf(locale);
  return (
    <html lang={locale} dir={dir}>
      <body className="min-h-dvh">
        <Messages>
          <TrpcProvider signInPath={signInPath}>
            {children}
            <Toaster dir={dir} label={notifications} />
          </TrpcProvider>
        </Messages>
      </body>
    </html>
  );
}

/** The browser tab's title: the page's, then the portal's name. */
export const portalTitle = (name: string) => ({ title: { default: name, template: `%s · ${name}` } });
