import { defineRouting } from 'next-intl/routing';

/** Arabic first (most patients), English as the alternative; the locale is always in the URL. */
export const routing = defineRouting({
  locales: ['ar', 'en'],
  defaultLocale: 'ar',
  localePrefix: 'always',
  // The URL decides the language; `/` goes to Arabic rather than following the browser's Accept-Language.
  localeDetection: false,
});

export type AppLocale = (typeof routing.locales)[number];

export const directionOf = (locale: AppLocale): 'rtl' | 'ltr' => (locale === 'ar' ? 'rtl' : 'ltr');
