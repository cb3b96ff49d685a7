import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { OrganizationsConsole } from '@/components/organizations/organizations-console';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('organizations'))('title') };
}

export default async function OrganizationsPage() {
  const t = await getTranslations('organizations');
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">{t('title')}</h1>
      <p className="mb-4 max-w-3xl text-sm text-slate-600">{t('intro')}</p>
      <OrganizationsConsole />
    </>
  );
}
