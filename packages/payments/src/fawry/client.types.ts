import type { ProviderReportLine } from '../report';
import type { ProviderBreaker } from '../resilience/provider-breaker';

export interface FawryConfig {
  /** e.g. https://atfawry.fawrystaging.com, or the sandbox. */
  baseUrl: string;
  merchantCode: string;
  secureKey: string;
  /** Per attempt (default 10 000 ms). */
  timeoutMs?: number;
  fetch?: typeof fetch;
  breaker?: ProviderBreaker;
}

export interface FawryChargeInput {
  /** Our payment id, sent as merchantRefNum. */
  paymentId: string;
  /** Piasters. */
  amount: number;
  customerProfileId: string;
  /** 01xxxxxxxxx */
  customerMobile: string;
  customerEmail?: string;
  customerName: string;
  description: string;
  expiresAt: Date;
  notificationUrl: string;
  language: 'ar-eg' | 'en-gb';
}

export interface FawryCharge {
  /** The PayAtFawry reference the customer pays with. */
  referenceNumber: string;
  expiresAt: Date;
  status: string;
  raw: unknown;
}

export type FawryStatusResult =
  | { found: false }
  | {
      found: true;
      status: string;
      referenceNumber: string;
      /** Two-decimal EGP text, as Fawry's signatures use it. */
      paymentAmount: string;
      orderAmount: string;
      paymentMethod: string;
      raw: unknown;
    };

export interface FawryClient {
  /**
   * PAYATFAWRY charge. Retried: Fawry refuses a second charge with the same merchantRefNum, and any refusal is
   * followed by a status lookup, so a retry (or a repeat after a crash) returns the charge that already exists
   * when its amount matches. Otherwise a refusal is a ProviderRejectedError.
   */
  charge(input: FawryChargeInput): Promise<FawryCharge>;
  /** Get payment status V2 by our payment id. Safe to retry. */
  status(input: { paymentId: string }): Promise<FawryStatusResult>;
  /** Not retried (moves money; no refund idempotency key). A Fawry-level refusal is `accepted: false`. */
  refund(input: { referenceNumber: string; amount: number; reason?: string }): Promise<{ accepted: boolean; raw: unknown }>;
  /** Sandbox only: Fawry publishes no daily report API. Safe to retry. */
  dailyReport(date: string): Promise<ProviderReportLine[]>;
}
