/** Every rejection the domain can produce. Stable codes: clients and the API error table key on them. */
export const domainErrorCodes = [
  'WALLET_NOT_FOUND',
  'WALLET_ALREADY_EXISTS',
  'WALLET_NOT_ACTIVE',
  'WALLET_CLOSED',
  'WALLET_HAS_FUNDS',
  'INVALID_STATE_TRANSITION',
  'INVALID_AMOUNT',
  'INVALID_LIMIT',
  'INSUFFICIENT_FUNDS',
  'DAILY_LIMIT_EXCEEDED',
  'MONTHLY_LIMIT_EXCEEDED',
  'HOLD_ALREADY_EXISTS',
  'HOLD_NOT_FOUND',
  'HOLD_EXPIRED',
  'HOLD_NOT_EXPIRED',
  'INVALID_HOLD_EXPIRY',
  'CAPTURE_EXCEEDS_HOLD',
  'SAME_WALLET_TRANSFER',
  'REASON_REQUIRED',
  // MedCard: the card and its terms.
  'CARD_NOT_FOUND',
  'CARD_ALREADY_EXISTS',
  'CARD_CLOSED',
  'CARD_NOT_ACTIVE',
  'CARD_EXPIRED',
  'CARD_NOT_EXPIRED',
  'INVALID_TIER',
  'TIER_UNCHANGED',
  'INVALID_COPAYMENT',
  'INVALID_EXPIRY',
  'INVALID_INSURANCE',
  // Egyptian identity data.
  'INVALID_NATIONAL_ID',
  'INVALID_MOBILE',
  // MedCard beneficiaries.
  'INVALID_BENEFICIARY',
  'BENEFICIARY_NOT_FOUND',
  'BENEFICIARY_ALREADY_EXISTS',
  'DUPLICATE_NATIONAL_ID',
  'BENEFICIARY_LIMIT_REACHED',
  'BENEFICIARY_NOT_ELIGIBLE',
  'DATE_OF_BIRTH_MISMATCH',
  'MOBILE_REQUIRED',
  'HOLDER_NOT_REMOVABLE',
  // Prescription claims. The last three are recorded as PrescriptionClaimRejected codes, never thrown.
  'INVALID_CLAIM',
  'INVALID_LINE',
  'DUPLICATE_PRESCRIPTION',
  'INVALID_DRUG_CODE',
  'BENEFICIARY_NOT_ON_CARD',
  'REFILL_TOO_SOON',
  'MONTHLY_LIMIT_EXHAUSTED',
  // Claim reversals.
  'CLAIM_NOT_REVERSIBLE',
  'REVERSAL_WINDOW_CLOSED',
  'INVALID_REVERSAL_REASON',
  // Insurance claims.
  'NO_INSURANCE_ON_CARD',
  'INSURANCE_CLAIM_ALREADY_EXISTS',
  'INSURANCE_CLAIM_NOT_FOUND',
  'INVALID_DOCUMENTS',
  'APPROVED_AMOUNT_EXCEEDS_CLAIM',
  'INVALID_REJECTION_REASON',
  'PRESCRIPTION_NOT_FOUND',
  'INSURANCE_AMOUNT_EXCEEDS_UNCOVERED',
  'INSURANCE_AMOUNT_ABOVE_MAXIMUM',
  // Uploaded documents (insurance claim evidence).
  'DOCUMENT_NOT_FOUND',
  'DOCUMENT_ALREADY_ATTACHED',
  // Payments (top-ups through Paymob and Fawry) and their refunds.
  'PAYMENT_NOT_FOUND',
  'PAYMENT_ALREADY_EXISTS',
  'PAYMENT_NOT_EXPIRED',
  'PAYMENT_NOT_REFUNDABLE',
  'PAYMENT_NOT_IN_REVIEW',
  'REFUND_NOT_FOUND',
  'REFUND_ALREADY_EXISTS',
  'REFUND_EXCEEDS_PAYMENT',
  'VOID_NOT_ALLOWED',
  // Pharmacies (onboarding, settlement account, status).
  'PHARMACY_NOT_FOUND',
  'PHARMACY_ALREADY_EXISTS',
  'PHARMACY_CLOSED',
  'INVALID_PHARMACY_DETAILS',
  'INVALID_LICENCE_NUMBER',
  'INVALID_COMMERCIAL_REGISTRATION',
  'DUPLICATE_LICENCE_NUMBER',
  'INVALID_IBAN',
  // Fee schedules and pharmacy settlement statements (settlement/).
  'INVALID_FEE_SCHEDULE',
  'EFFECTIVE_DATE_IN_PAST',
  'SETTLEMENT_NOT_FOUND',
  'SETTLEMENT_NOT_CLOSED',
  'SETTLEMENT_PERIOD_NOT_OVER',
  'INVALID_SETTLEMENT_TOTALS',
  'INVALID_PAYOUT_REFERENCE',
  // Insurer invoices (finance).
  'INSURER_INVOICE_NOT_FOUND',
  'INSURER_INVOICE_ALREADY_EXISTS',
  'INSURER_INVOICE_EMPTY',
  'INVALID_INSURER_INVOICE',
  'INSURER_PAYMENT_EXCEEDS_OUTSTANDING',
  'PAYMENT_REFERENCE_REQUIRED',
  'DUPLICATE_PAYMENT_REFERENCE',
] as const;
export type DomainErrorCode = (typeof domainErrorCodes)[number];

export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const isDomainError = (e: unknown): e is DomainError => e instanceof DomainError;
