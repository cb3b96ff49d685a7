'use client';

import { useState } from 'react';
import { LOCALE_COOKIE, type PortalLocale } from '../i18n/portal-locale';

const YEAR = 60 * 60 * 24 * 365;

/** Switches a cookie-locale portal between Arabic and English; the choice is kept for a year on this browser. */
export function LocaleSwitch({ current, className }: { current: PortalLocale; className?: string }) {
  const [pending, setPending] = useState(false);
  const next: PortalLocale = current === 'ar' ? 'en' : 'ar';
  return (
    <button
      type="button"
      lang={next}
      disabled={pending}
      className={className ?? 'rounded-lg px-2 py-1 text-sm text-slate-300 hover:bg-white/10 hover:text-white'}
      onClick={() => {
        document.cookie = `${LOCALE_COOKIE}=${next}; path=/; max-age=${YEAR}; samesite=lax`;
        setPending(true);
        // A full reload: server components, the html lang/dir and client messages all change together.
        window.location.reload();
      }}
    >
      {next === 'ar' ? 'العربية' : 'English'}
    </button>
  );
}
