import type { Metadata } from 'next';
import { NewClaim } from '@/components/claims/new-claim';

export const metadata: Metadata = { title: 'New claim' };

export default function NewClaimPage() {
  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">New claim</h1>
        <p className="mt-1 text-sm text-slate-600">Look up the patient&apos;s MedCard, enter the prescription, check the coverage, then submit.</p>
      </div>
      <NewClaim />
    </div>
  );
}
