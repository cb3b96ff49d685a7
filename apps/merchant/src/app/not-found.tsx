import { getTranslations } from 'next-intl/server';
import Link from 'next/link';

/** Any unknown path, and a claim or receipt this pharmacy cannot see: said in the page's language. */
export default async function NotFound() {
  const t = await getTranslations('portal.notFound');
  return (
    <main className="mx-auto max-w-md space-y-3 px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="text-slate-600">{t('body')}</p>
      <Link href="/" className="inline-block font-medium text-emerald-800 underline">
        {t('home')}
      </Link>
    </main>
  );
}
