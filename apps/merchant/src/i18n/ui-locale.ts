'use client';

import type { Locale } from '@healthpay/ui';
import { useLocale } from 'next-intl';

/** The page's language as the shared money and date helpers take it. */
export const useUiLocale = (): Locale => (useLocale() === 'ar' ? 'ar' : 'en');
