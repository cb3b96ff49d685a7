import type { Metadata } from 'next';
import { ComingWithMedCard } from '@/components/coming-with-medcard';

export const metadata: Metadata = { title: 'Claims' };

export default function ClaimsPage() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Claims</h1>
      <ComingWithMedCard title="No claims yet">
        <p>
          Prescription claims arrive with the MedCard release. From then on, each prescription a patient pays for with HealthPay at
          your pharmacy appears here with its status, so you can follow it until it is paid.
        </p>
      </ComingWithMedCard>
    </div>
  );
}
