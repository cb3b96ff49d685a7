import { directionOf, portalLocaleOf, Toaster, TrpcProvider } from '@healthpay/ui';
import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const name = (await getTranslations('portal.brand'))('fallback');
  return { title: { default: name, template: `%s · ${name}` } };
}

/** Rendered per request (never prerendered): every page's scripts carry the request's CSP nonce. */
export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection();
  const locale = portalLocaleOf(await getLocale());
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body className="min-h-dvh">
        <NextIntlClientProvider>
          <TrpcProvider signInPath="/signin">
            {children}
            <Toaster />
          </TrpcProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
