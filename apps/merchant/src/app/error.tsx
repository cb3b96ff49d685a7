'use client';

import { Button } from '@healthpay/ui';
import { useTranslations } from 'next-intl';

/** An unexpected failure while rendering a page, said in the page's language, with a retry. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('portal.error');
  return (
    <main className="mx-auto max-w-md space-y-3 px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="text-slate-600">{t('body')}</p>
      <Button onClick={reset}>{t('retry')}</Button>
    </main>
  );
}
