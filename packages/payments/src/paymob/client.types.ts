import type { ProviderReportLine } from '../report';
import type { ProviderBreaker } from '../resilience/provider-breaker';
import type { PaymobTransactionObj } from './types';

export interface PaymobConfig {
  /** e.g. https://accept.paymob.com, or the sandbox. */
  baseUrl: string;
  secretKey: string;
  publicKey: string;
  integrationIds: number[];
  /** Per attempt (default 10 000 ms). */
  timeoutMs?: number;
  fetch?: typeof fetch;
  breaker?: ProviderBreaker;
}

export interface CreateIntentionInput {
  paymentId: string;
  /** Piasters. */
  amount: number;
  currency: 'EGP';
  billing: { firstName: string; lastName: string; phone: string; email: string };
  notificationUrl: string;
  redirectionUrl: string;
  itemName: string;
}

export interface PaymobIntention {
  intentionId: string;
  clientSecret: string;
  orderId: string | null;
  checkoutUrl: string;
}

export interface PaymobTransactionResult {
  transactionId: string;
  success: boolean;
  pending: boolean;
  /** Piasters. */
  amount: number;
  parentTransactionId: string | null;
  raw: unknown;
}

export interface PaymobClient {
  /** Not retried: Paymob does not document refusing a duplicate special_reference, so a retry could create a second intention. */
  createIntention(input: CreateIntentionInput): Promise<PaymobIntention>;
  /** Not retried (moves money; Paymob takes no idempotency key). */
  refund(input: { transactionId: string; amount: number }): Promise<PaymobTransactionResult>;
  /** Not retried: a retried void whose first attempt landed would be refused and look like a failure. */
  void(input: { transactionId: string }): Promise<PaymobTransactionResult>;
  /** By our payment id (merchant_order_id). Safe to retry. */
  inquire(input: { paymentId: string }): Promise<{ found: false } | { found: true; transaction: PaymobTransactionObj }>;
  /** Sandbox only: real Paymob has no public daily report endpoint. Safe to retry. */
  dailyReport(date: string): Promise<ProviderReportLine[]>;
}
