import type { Metadata } from 'next';
import { Suspense } from 'react';
import { PaymentsTabs } from '@/components/payments/payments-tabs';
import { ReconciliationReport } from '@/components/payments/reconciliation-report';

export const metadata: Metadata = { title: 'Reconciliation' };

export default function ReconciliationPage() {
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Payments</h1>
      <PaymentsTabs />
      <Suspense>
        <ReconciliationReport />
      </Suspense>
    </>
  );
}
