import { PortalDocument, portalLocaleOf, portalTitle } from '@healthpay/ui';
import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  return portalTitle((await getTranslations('shell.brand'))('title'));
}

/** Rendered per request (never prerendered): every page's scripts carry the request's CSP nonce. */
export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection();
  const [locale, t] = await Promise.all([getLocale(), getTranslations('shell')]);
  return (
    <PortalDocument locale={portalLocaleOf(locale)} signInPath="/signin" Messages={NextIntlClientProvider} notifications={t('notifications')}>
      {children}
    </PortalDocument>
  );
}
