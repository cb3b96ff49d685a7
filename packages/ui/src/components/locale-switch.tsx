'use client';

import { useState } from 'react';
import type { PortalLocale } from '../i18n/portal-locale';
import { localeCookie } from '../portal/locale-cookie';
import { useTRPCClient } from '../trpc';

/**
 * Switches a cookie-locale portal between Arabic and English; the choice is kept for a year on this browser
 * and, when someone is signed in (`signedIn`), remembered on their account (account.setLocale) so their
 * next sign-in anywhere opens in it.
 */
export function LocaleSwitch({ current, signedIn = false, className }: { current: PortalLocale; signedIn?: boolean; className?: string }) {
  const client = useTRPCClient();
  const [pending, setPending] = useState(false);
  const next: PortalLocale = current === 'ar' ? 'en' : 'ar';
  const switchTo = async () => {
    setPending(true);
    // Not being able to remember it on the account must not keep anyone in a language they cannot read.
    if (signedIn) await client.account.setLocale.mutate({ locale: next }).catch(() => undefined);
    document.cookie = localeCookie(next);
    // A full reload: server components, the html lang/dir and client messages all change together.
    window.location.reload();
  };
  return (
    <button
      type="button"
      lang={next}
      disabled={pending}
      className={className ?? 'rounded-lg px-2 py-1 text-sm text-slate-300 hover:bg-white/10 hover:text-white'}
      onClick={() => void switchTo()}
    >
      {next === 'ar' ? 'العربية' : 'English'}
    </button>
  );
}
