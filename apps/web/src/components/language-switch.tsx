'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Link, usePathname } from '@/i18n/navigation';

/** A link to this same page in the other language (named in that language, as people look for it). */
export function LanguageSwitch() {
  const locale = useLocale();
  const pathname = usePathname();
  const t = useTranslations('common');
  const other = locale === 'ar' ? 'en' : 'ar';
  return (
    <Link
      href={pathname}
      locale={other}
      lang={other}
      hrefLang={other}
      title={t('switchLanguage')}
      className="rounded-lg px-3 py-2 text-sm font-medium text-teal-50 hover:bg-white/10 focus-visible:outline-2 focus-visible:outline-white"
    >
      {t('otherLanguage')}
    </Link>
  );
}
