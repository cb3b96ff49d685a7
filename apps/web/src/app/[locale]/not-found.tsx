import { getTranslations } from 'next-intl/server';
import { SiteHeader } from '@/components/site-header';
import { Link } from '@/i18n/navigation';

export default async function NotFound() {
  const t = await getTranslations('common');
  return (
    <>
      <SiteHeader />
      <main className="mx-auto max-w-md px-4 py-16 text-center">
        <h1 className="text-xl font-semibold">{t('notFoundTitle')}</h1>
        <p className="mt-2 text-slate-600">{t('notFoundBody')}</p>
        <Link href="/" className="mt-6 inline-block font-medium text-teal-800 underline">
          {t('backHome')}
        </Link>
      </main>
    </>
  );
}
