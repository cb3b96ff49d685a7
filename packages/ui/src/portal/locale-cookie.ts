import { LOCALE_COOKIE, type PortalLocale } from '../i18n/portal-locale';

const YEAR = 60 * 60 * 24 * 365;

/** The `document.cookie` assignment keeping a portal language on this browser for a year. */
export const localeCookie = (locale: PortalLocale): string => `${LOCALE_COOKIE}=${locale}; path=/; max-age=${YEAR}; samesite=lax`;
