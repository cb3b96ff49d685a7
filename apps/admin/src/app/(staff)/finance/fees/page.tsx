import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { FeeSchedules } from '@/components/settlements/fee-schedules';
import { requireStaff } from '@/server/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('settlements'))('fees.title') };
}

export default async function FeesPage() {
  const [, t] = await Promise.all([requireStaff(), getTranslations('settlements')]);
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">{t('fees.title')}</h1>
      <FeeSchedules />
    </>
  );
}
