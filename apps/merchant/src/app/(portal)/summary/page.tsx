import type { Metadata } from 'next';
import { DailySummary } from '@/components/summary/daily-summary';

export const metadata: Metadata = { title: 'Daily summary' };

export default function SummaryPage() {
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">Daily summary</h1>
        <p className="mt-1 text-sm text-slate-600">What HealthPay owes your pharmacy for MedCard claims, day by day.</p>
      </div>
      <DailySummary />
    </div>
  );
}
