import type { PaymentStatus } from '@healthpay/ui';

export const STATUSES: PaymentStatus[] = ['requested', 'pending', 'succeeded', 'failed', 'expired', 'cancelled', 'review'];
export const PROVIDERS = ['paymob', 'fawry'] as const;
export type Provider = (typeof PROVIDERS)[number];

export const statusLabel: Record<PaymentStatus, string> = {
  requested: 'Requested',
  pending: 'Pending',
  succeeded: 'Succeeded',
  failed: 'Failed',
  expired: 'Expired',
  cancelled: 'Cancelled',
  review: 'Needs review',
};

export const providerLabel: Record<Provider, string> = { paymob: 'Paymob', fawry: 'Fawry' };

export const flagLabel: Record<string, string> = {
  late_success: 'Paid after expiry',
  amount_mismatch: 'Amount mismatch',
  wallet_not_active: 'Wallet not active',
  duplicate_success: 'Duplicate success',
  unrequested_refund: 'Refund we did not request',
};

export const isStatus = (v: string | null | undefined): v is PaymentStatus => STATUSES.includes(v as PaymentStatus);
export const isProvider = (v: string | null | undefined): v is Provider => PROVIDERS.includes(v as Provider);
