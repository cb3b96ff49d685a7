import { getTranslations } from 'next-intl/server';
import { AnalyticsDashboard } from '@/components/analytics/analytics-dashboard';
import { pageTitle } from '@/i18n/page-title';

export const generateMetadata = pageTitle('analytics');

export default async function AnalyticsPage() {
  const t = await getTranslations('analytics');
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">{t('title')}</h1>
      <AnalyticsDashboard />
    </>
  );
}
