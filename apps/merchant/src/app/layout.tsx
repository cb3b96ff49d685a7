import { portalRoot } from '@healthpay/ui';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';
import { connection } from 'next/server';
import './globals.css';

const root = portalRoot({ connection, getLocale, getTranslations, Messages: NextIntlClientProvider }, 'portal', 'brand.fallback');

export const generateMetadata = root.generateMetadata;
export default root.RootLayout;
