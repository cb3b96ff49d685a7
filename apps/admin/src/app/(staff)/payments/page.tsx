import type { Metadata } from 'next';
import { Suspense } from 'react';
import { PaymentsList } from '@/components/payments/payments-list';
import { PaymentsTabs } from '@/components/payments/payments-tabs';
import { ProviderHealth } from '@/components/payments/provider-health';

export const metadata: Metadata = { title: 'Payments' };

export default function PaymentsPage() {
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Payments</h1>
      <PaymentsTabs />
      <ProviderHealth />
      <Suspense>
        <PaymentsList />
      </Suspense>
    </>
  );
}
