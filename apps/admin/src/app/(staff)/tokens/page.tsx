import { getTranslations } from 'next-intl/server';
import { TokensConsole } from '@/components/tokens/tokens-console';
import { pageTitle } from '@/i18n/page-title';

export const generateMetadata = pageTitle('tokens');

export default async function TokensPage() {
  const t = await getTranslations('tokens');
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">{t('title')}</h1>
      <p className="mb-4 text-sm text-slate-600">{t('intro')}</p>
      <TokensConsole />
    </>
  );
}
