import { PortalNotFound } from '@healthpay/ui';
import { getTranslations } from 'next-intl/server';
import { SiteHeader } from '@/components/site-header';
import { Link } from '@/i18n/navigation';

/** Any unknown path under a locale, in that locale. */
export default async function NotFound() {
  const t = await getTranslations('common');
  const home = <Link href="/" className="inline-block font-medium text-teal-800 underline">{t('backHome')}</Link>;
  return <PortalNotFound header={<SiteHeader />} title={t('notFoundTitle')} body={t('notFoundBody')} home={home} />;
}
