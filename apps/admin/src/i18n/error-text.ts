import { errorInfo, formatMoney, portalLocaleOf, type Locale } from '@healthpay/ui';
import { useLocale, useTranslations } from 'next-intl';

/** The translator shape both `useTranslations` and `getTranslations` return (messages are not typed here). */
export interface Translator {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
}

/** `<namespace>.errors.<CODE>` when the screen words that code, else its `errors.generic`; amounts in details are formatted. */
export function errorTextOf(t: Translator, code: string, details: Record<string, unknown> = {}, locale: Locale = 'en'): string {
  const values = Object.fromEntries(
    Object.entries(details).filter((e): e is [string, number] => typeof e[1] === 'number').map(([k, v]) => [k, formatMoney(v, locale)]),
  );
  return t.has(`errors.${code}`) ? t(`errors.${code}`, values) : t('errors.generic');
}

/** This page's language as the money and date helpers take it. */
export const usePageLocale = (): Locale => portalLocaleOf(useLocale());

/** An API error (a tRPC client error) in the page's language, worded by `namespace`'s `errors`. */
export function useErrorText(namespace: string): (error: unknown) => string {
  const t = useTranslations(namespace) as unknown as Translator;
  const locale = usePageLocale();
  return (error) => {
    const info = errorInfo(error);
    return errorTextOf(t, info.code, info.details, locale);
  };
}
