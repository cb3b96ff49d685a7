'use client';

import { useEffect } from 'react';
import { LOCALE_COOKIE, type PortalLocale } from '../i18n/portal-locale';
import { localeCookie } from './locale-cookie';

/**
 * Puts the signed-in user's language (chosen on the server from users.locale) into this browser's cookie
 * when it has none, so later requests need no lookup. Renders nothing.
 */
export function RememberLocale({ locale }: { locale: PortalLocale }) {
  useEffect(() => {
    const has = document.cookie.split('; ').some((c) => c.startsWith(`${LOCALE_COOKIE}=`));
    if (!has) document.cookie = localeCookie(locale);
  }, [locale]);
  return null;
}
