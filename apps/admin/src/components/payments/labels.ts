import type { PaymentStatus } from '@healthpay/ui';

export const STATUSES: PaymentStatus[] = ['requested', 'pending', 'succeeded', 'failed', 'expired', 'cancelled', 'review'];
export const PROVIDERS = ['paymob', 'fawry'] as const;
export type Provider = (typeof PROVIDERS)[number];

export const isStatus = (v: string | null | undefined): v is PaymentStatus => STATUSES.includes(v as PaymentStatus);
export const isProvider = (v: string | null | undefined): v is Provider => PROVIDERS.includes(v as Provider);
