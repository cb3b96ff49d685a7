import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { MyStatements } from '@/components/settlements/my-statements';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('settlements'))('title') };
}

export default async function SettlementsPage() {
  const t = await getTranslations('settlements');
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <MyStatements />
    </div>
  );
}
