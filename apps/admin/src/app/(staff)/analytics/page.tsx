import type { Metadata } from 'next';
import { AnalyticsDashboard } from '@/components/analytics/analytics-dashboard';

export const metadata: Metadata = { title: 'MedCard analytics' };

export default function AnalyticsPage() {
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">MedCard analytics</h1>
      <AnalyticsDashboard />
    </>
  );
}
