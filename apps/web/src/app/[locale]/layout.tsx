import { Toaster, TrpcProvider } from '@healthpay/ui';
import type { Metadata, Viewport } from 'next';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { directionOf, routing } from '@/i18n/routing';
import '../globals.css';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: hasLocale(routing.locales, locale) ? locale : routing.defaultLocale, namespace: 'common' });
  return { title: `${t('appName')} · ${t('tagline')}` };
}

export const viewport: Viewport = { themeColor: '#0f766e', width: 'device-width', initialScale: 1 };

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('common');
  const dir = directionOf(locale);
  return (
    <html lang={locale} dir={dir}>
      <body className="min-h-dvh">
        <NextIntlClientProvider>
          <TrpcProvider signInPath={`/${locale}/signin`}>
            {children}
            <Toaster dir={dir} label={t('notifications')} />
          </TrpcProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
