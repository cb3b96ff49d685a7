import { PortalNotFound } from '@healthpay/ui';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';

/** Any unknown path, and a claim or receipt this pharmacy cannot see: said in the page's language. */
export default async function NotFound() {
  const t = await getTranslations('portal.notFound');
  const home = <Link href="/" className="inline-block font-medium text-emerald-800 underline">{t('home')}</Link>;
  return <PortalNotFound title={t('title')} body={t('body')} home={home} />;
}
