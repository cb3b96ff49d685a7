import { domainErrorCodes, type DomainErrorCode } from '@healthpay/domain';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server';

/** API-level codes on top of the domain's. */
export const apiErrorCodes = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  /** A state-changing request from a page on another origin (cookie sessions; see http/security/csrf.ts). */
  'CSRF_REJECTED',
  'NOT_FOUND',
  'VERSION_CONFLICT',
  'IDEMPOTENCY_KEY_REUSED',
  'RATE_LIMITED',
  /** A payment provider is down, slow or its circuit breaker is open: try again later (details.provider). */
  'PROVIDER_UNAVAILABLE',
  /** A payment provider refused the request (details.provider, details.status). */
  'PROVIDER_REJECTED',
  /** A provider callback whose signature is missing or wrong. */
  'INVALID_SIGNATURE',
  'INTERNAL',
  // Copay from the wallet at the pharmacy (routers/copay): bookkeeping of codes, not domain decisions.
  /** No such collection, or one the caller may not see (another pharmacy's, another patient's). */
  'COPAY_NOT_FOUND',
  /** The claim has no copay to collect (rejected, zero share) or it was collected from the wallet already. */
  'COPAY_NOT_DUE',
  /** The card holder has no active wallet: collect cash. */
  'COPAY_NO_WALLET',
  /** Wrong code; details.attemptsLeft (0: the code is used up). */
  'COPAY_CODE_INVALID',
  /** The code (and its hold) expired: request a new one or collect cash. */
  'COPAY_CODE_EXPIRED',
  /** The collection was decided already (collected or cancelled). */
  'COPAY_CLOSED',
  // Organizations and their members (routers/organizations, routers/members).
  /** No such organization. */
  'ORGANIZATION_NOT_FOUND',
  /** An organization with that id exists already. */
  'ORGANIZATION_EXISTS',
  /** The organization has no member with that externalId or HealthPay id (another organization's are not found either). */
  'MEMBER_NOT_FOUND',
  /** The externalId already names another person in this organization, or the person is enrolled under another externalId. */
  'MEMBER_CONFLICT',
  /** The national ID and the mobile do not belong to the same account (which account is never said). */
  'IDENTITY_MISMATCH',
  // Invitations of staff and pharmacists (routers/invitations) and staff management (routers/staff).
  /** No invitation with that token or id (or one the caller may not see). */
  'INVITATION_NOT_FOUND',
  /** The invitation link is past its 72 hours: ask for a new one. */
  'INVITATION_EXPIRED',
  /** The invitation was accepted already (its link is single use). */
  'INVITATION_USED',
  /** The invitation was revoked or replaced by a newer one. */
  'INVITATION_REVOKED',
  /** The email already belongs to an account. */
  'ACCOUNT_EXISTS',
  /** The only active superadmin cannot be deactivated or given another role. */
  'LAST_SUPERADMIN',
  // Pharmacies (routers/pharmacies).
  /** The pharmacy the caller acts for is pending, suspended or closed: it may not claim, look cards up or collect copays. */
  'PHARMACY_NOT_ACTIVE',
  // One card and one wallet per person unless staff say why (issue 10 #13).
  /** The patient already holds a card that is pending, active or suspended: give `secondCardReason` to issue another. */
  'HOLDER_HAS_CARD',
  /** The user already has a wallet that is not closed: give `secondWalletReason` to open another. */
  'OWNER_HAS_WALLET',
  /** A card's new monthly limit is below what it already paid this month: staff must give a reason (details.used). */
  'LIMIT_BELOW_USED',
  // Uploaded documents (documents/): refused before anything is stored.
  /** Larger than MAX_DOCUMENT_BYTES (details.maxBytes). */
  'DOCUMENT_TOO_LARGE',
  /** Not a PDF, JPEG or PNG by its bytes (details.detected), whatever its name or declared type. */
  'DOCUMENT_TYPE_NOT_ALLOWED',
] as const;
export type ApiErrorCode = (typeof apiErrorCodes)[number];
export type AppErrorCode = ApiErrorCode | DomainErrorCode;
export const appErrorCodes: readonly AppErrorCode[] = [...apiErrorCodes, ...domainErrorCodes];

type Mapping = { trpc: TRPC_ERROR_CODE_KEY; http: number };
const BAD_REQUEST: Mapping = { trpc: 'BAD_REQUEST', http: 400 };
const NOT_FOUND: Mapping = { trpc: 'NOT_FOUND', http: 404 };
const CONFLICT: Mapping = { trpc: 'CONFLICT', http: 409 };
/** A well-formed request the business rules refuse (no money, over a limit). */
const REFUSED: Mapping = { trpc: 'UNPROCESSABLE_CONTENT', http: 422 };

/**
 * THE table: every error code → tRPC code and HTTP status, used by tRPC and REST alike.
 * Every API code must be here (compile error otherwise); a domain code missing from it fails
 * error-codes.unit.spec.ts (and would be served as a 422 refusal meanwhile).
 */
const table = {
  VALIDATION_FAILED: BAD_REQUEST,
  UNAUTHENTICATED: { trpc: 'UNAUTHORIZED', http: 401 },
  FORBIDDEN: { trpc: 'FORBIDDEN', http: 403 },
  CSRF_REJECTED: { trpc: 'FORBIDDEN', http: 403 },
  NOT_FOUND,
  VERSION_CONFLICT: CONFLICT,
  IDEMPOTENCY_KEY_REUSED: CONFLICT,
  RATE_LIMITED: { trpc: 'TOO_MANY_REQUESTS', http: 429 },
  PROVIDER_UNAVAILABLE: { trpc: 'SERVICE_UNAVAILABLE', http: 503 },
  PROVIDER_REJECTED: { trpc: 'BAD_GATEWAY', http: 502 },
  INVALID_SIGNATURE: { trpc: 'UNAUTHORIZED', http: 401 },
  INTERNAL: { trpc: 'INTERNAL_SERVER_ERROR', http: 500 },
  COPAY_NOT_FOUND: NOT_FOUND,
  COPAY_NOT_DUE: REFUSED,
  COPAY_NO_WALLET: REFUSED,
  COPAY_CODE_INVALID: REFUSED,
  COPAY_CODE_EXPIRED: REFUSED,
  COPAY_CLOSED: CONFLICT,
  PHARMACY_NOT_ACTIVE: { trpc: 'FORBIDDEN', http: 403 },
  HOLDER_HAS_CARD: CONFLICT,
  OWNER_HAS_WALLET: CONFLICT,
  LIMIT_BELOW_USED: REFUSED,
  ORGANIZATION_NOT_FOUND: NOT_FOUND,
  ORGANIZATION_EXISTS: CONFLICT,
  MEMBER_NOT_FOUND: NOT_FOUND,
  MEMBER_CONFLICT: CONFLICT,
  IDENTITY_MISMATCH: CONFLICT,
  INVITATION_NOT_FOUND: NOT_FOUND,
  INVITATION_EXPIRED: REFUSED,
  INVITATION_USED: CONFLICT,
  INVITATION_REVOKED: CONFLICT,
  ACCOUNT_EXISTS: CONFLICT,
  LAST_SUPERADMIN: REFUSED,
  WALLET_NOT_FOUND: NOT_FOUND,
  WALLET_ALREADY_EXISTS: CONFLICT,
  WALLET_NOT_ACTIVE: REFUSED,
  WALLET_CLOSED: REFUSED,
  WALLET_HAS_FUNDS: REFUSED,
  INVALID_STATE_TRANSITION: CONFLICT,
  INVALID_AMOUNT: BAD_REQUEST,
  INVALID_LIMIT: BAD_REQUEST,
  INSUFFICIENT_FUNDS: REFUSED,
  DAILY_LIMIT_EXCEEDED: REFUSED,
  MONTHLY_LIMIT_EXCEEDED: REFUSED,
  HOLD_ALREADY_EXISTS: CONFLICT,
  HOLD_NOT_FOUND: NOT_FOUND,
  HOLD_EXPIRED: REFUSED,
  HOLD_NOT_EXPIRED: REFUSED,
  INVALID_HOLD_EXPIRY: BAD_REQUEST,
  CAPTURE_EXCEEDS_HOLD: REFUSED,
  SAME_WALLET_TRANSFER: BAD_REQUEST,
  REASON_REQUIRED: BAD_REQUEST,

  // MedCards
  CARD_NOT_FOUND: NOT_FOUND,
  BENEFICIARY_NOT_FOUND: NOT_FOUND,
  INSURANCE_CLAIM_NOT_FOUND: NOT_FOUND,
  PRESCRIPTION_NOT_FOUND: NOT_FOUND,
  CARD_ALREADY_EXISTS: CONFLICT,
  BENEFICIARY_ALREADY_EXISTS: CONFLICT,
  DUPLICATE_NATIONAL_ID: CONFLICT,
  DUPLICATE_PRESCRIPTION: CONFLICT,
  // Claim reversals: a rejected claim paid nothing; a pharmacy reverses only on the approval's Cairo day.
  CLAIM_NOT_REVERSIBLE: REFUSED,
  REVERSAL_WINDOW_CLOSED: REFUSED,
  INVALID_REVERSAL_REASON: BAD_REQUEST,
  INSURANCE_CLAIM_ALREADY_EXISTS: CONFLICT,
  INVALID_TIER: BAD_REQUEST,
  INVALID_COPAYMENT: BAD_REQUEST,
  INVALID_EXPIRY: BAD_REQUEST,
  INVALID_INSURANCE: BAD_REQUEST,
  INVALID_NATIONAL_ID: BAD_REQUEST,
  INVALID_MOBILE: BAD_REQUEST,
  INVALID_BENEFICIARY: BAD_REQUEST,
  DATE_OF_BIRTH_MISMATCH: BAD_REQUEST,
  MOBILE_REQUIRED: BAD_REQUEST,
  INVALID_CLAIM: BAD_REQUEST,
  INVALID_LINE: BAD_REQUEST,
  INVALID_DRUG_CODE: BAD_REQUEST,
  INVALID_DOCUMENTS: BAD_REQUEST,
  INVALID_REJECTION_REASON: BAD_REQUEST,
  CARD_CLOSED: REFUSED,
  CARD_NOT_ACTIVE: REFUSED,
  CARD_EXPIRED: REFUSED,
  CARD_NOT_EXPIRED: REFUSED,
  TIER_UNCHANGED: REFUSED,
  BENEFICIARY_LIMIT_REACHED: REFUSED,
  BENEFICIARY_NOT_ELIGIBLE: REFUSED,
  HOLDER_NOT_REMOVABLE: REFUSED,
  NO_INSURANCE_ON_CARD: REFUSED,
  APPROVED_AMOUNT_EXCEEDS_CLAIM: REFUSED,
  INSURANCE_AMOUNT_EXCEEDS_UNCOVERED: REFUSED,
  INSURANCE_AMOUNT_ABOVE_MAXIMUM: REFUSED,
  BENEFICIARY_NOT_ON_CARD: REFUSED,
  REFILL_TOO_SOON: REFUSED,
  MONTHLY_LIMIT_EXHAUSTED: REFUSED,

  // Payments
  PAYMENT_NOT_FOUND: NOT_FOUND,
  REFUND_NOT_FOUND: NOT_FOUND,
  PAYMENT_ALREADY_EXISTS: CONFLICT,
  REFUND_ALREADY_EXISTS: CONFLICT,
  PAYMENT_NOT_IN_REVIEW: CONFLICT,
  PAYMENT_NOT_EXPIRED: REFUSED,
  PAYMENT_NOT_REFUNDABLE: REFUSED,
  REFUND_EXCEEDS_PAYMENT: REFUSED,
  VOID_NOT_ALLOWED: REFUSED,

  // Uploaded documents
  DOCUMENT_TOO_LARGE: { trpc: 'PAYLOAD_TOO_LARGE', http: 413 },
  DOCUMENT_TYPE_NOT_ALLOWED: { trpc: 'UNSUPPORTED_MEDIA_TYPE', http: 415 },
  DOCUMENT_NOT_FOUND: NOT_FOUND,
  DOCUMENT_ALREADY_ATTACHED: CONFLICT,

  // Pharmacies
  PHARMACY_NOT_FOUND: NOT_FOUND,
  PHARMACY_ALREADY_EXISTS: CONFLICT,
  DUPLICATE_LICENCE_NUMBER: CONFLICT,
  PHARMACY_CLOSED: REFUSED,
  INVALID_PHARMACY_DETAILS: BAD_REQUEST,
  INVALID_LICENCE_NUMBER: BAD_REQUEST,
  INVALID_COMMERCIAL_REGISTRATION: BAD_REQUEST,
  INVALID_IBAN: BAD_REQUEST,

  // Fee schedules and settlement statements
  INVALID_FEE_SCHEDULE: BAD_REQUEST,
  EFFECTIVE_DATE_IN_PAST: BAD_REQUEST,
  SETTLEMENT_NOT_FOUND: NOT_FOUND,
  SETTLEMENT_NOT_CLOSED: CONFLICT,
  SETTLEMENT_PERIOD_NOT_OVER: REFUSED,
  INVALID_SETTLEMENT_TOTALS: REFUSED,
  INVALID_PAYOUT_REFERENCE: BAD_REQUEST,

  // Insurer invoices
  INSURER_INVOICE_NOT_FOUND: NOT_FOUND,
  INSURER_INVOICE_ALREADY_EXISTS: CONFLICT,
  DUPLICATE_PAYMENT_REFERENCE: CONFLICT,
  INSURER_INVOICE_EMPTY: REFUSED,
  INSURER_PAYMENT_EXCEEDS_OUTSTANDING: REFUSED,
  INVALID_INSURER_INVOICE: BAD_REQUEST,
  PAYMENT_REFERENCE_REQUIRED: BAD_REQUEST,
  INSURER_INVOICE_NOTHING_TO_CREDIT: REFUSED,
  CLAIM_NOT_ON_INSURER_INVOICE: REFUSED,
  INSURER_CLAIM_ALREADY_CREDITED: CONFLICT,
} as const satisfies Record<ApiErrorCode, Mapping> & Partial<Record<DomainErrorCode, Mapping>>;

export const errorMappings: Readonly<Partial<Record<AppErrorCode, Mapping>>> = table;

export const mappingOf = (code: AppErrorCode): Mapping => errorMappings[code] ?? REFUSED;
