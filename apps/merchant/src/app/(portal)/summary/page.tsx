import type { Metadata } from 'next';
import { ComingWithMedCard } from '@/components/coming-with-medcard';

export const metadata: Metadata = { title: 'Daily summary' };

export default function SummaryPage() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Daily summary</h1>
      <ComingWithMedCard title="Nothing to summarise yet">
        <p>
          The daily summary starts with the MedCard release, when prescription claims begin. It will show each day&apos;s HealthPay
          payments, claims and the amount due to your pharmacy.
        </p>
      </ComingWithMedCard>
    </div>
  );
}
