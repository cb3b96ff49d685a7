import type { Metadata } from 'next';
import { PaymentsTabs } from '@/components/payments/payments-tabs';
import { UnmatchedList } from '@/components/payments/unmatched-list';

export const metadata: Metadata = { title: 'Unmatched notifications' };

export default function UnmatchedPage() {
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Payments</h1>
      <PaymentsTabs />
      <p className="mb-4 text-sm text-slate-600">
        Correctly signed provider notifications for orders we have no payment for. They were answered 200 so the provider stops retrying.
      </p>
      <UnmatchedList />
    </>
  );
}
