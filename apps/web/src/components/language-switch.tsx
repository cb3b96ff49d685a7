'use client';

import { localeCookie, useTRPCClient } from '@healthpay/ui';
import { useLocale, useTranslations } from 'next-intl';
import { Link, usePathname } from '@/i18n/navigation';

/**
 * A link to this same page in the other language (named in that language, as people look for it). The choice
 * is kept on this browser (the `hp-locale` cookie, which sign-in follows before the account's language) and,
 * signed in (`signedIn`), remembered on the account (account.setLocale) for the other portals and the next
 * sign-in elsewhere.
 */
export function LanguageSwitch({ signedIn = false }: { signedIn?: boolean }) {
  const locale = useLocale();
  const pathname = usePathname();
  const t = useTranslations('common');
  const client = useTRPCClient();
  const other = locale === 'ar' ? 'en' : 'ar';
  return (
    <Link
      href={pathname}
      locale={other}
      lang={other}
      hrefLang={other}
      title={t('switchLanguage')}
      onClick={() => {
        // The URL is what decides this page's language: remembering it is best effort.
        document.cookie = localeCookie(other);
        if (signedIn) void client.account.setLocale.mutate({ locale: other }).catch(() => undefined);
      }}
      className="rounded-lg px-3 py-2 text-sm font-medium text-teal-50 hover:bg-white/10 focus-visible:outline-2 focus-visible:outline-white"
    >
      {t('otherLanguage')}
    </Link>
  );
}
