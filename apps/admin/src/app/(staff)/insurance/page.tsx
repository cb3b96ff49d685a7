import type { Metadata } from 'next';
import { Suspense } from 'react';
import { InsuranceQueue } from '@/components/insurance/insurance-queue';

export const metadata: Metadata = { title: 'Insurance claims' };

export default function InsurancePage() {
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">Insurance claims</h1>
      <p className="mb-4 text-sm text-slate-600">Record each insurer&apos;s answer: approve (the amount it pays), reject with a reason, or return for correction.</p>
      <Suspense>
        <InsuranceQueue />
      </Suspense>
    </>
  );
}
