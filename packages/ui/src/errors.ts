import type { AppErrorCode } from '@healthpay/api';
import { TRPCClientError } from '@trpc/client';

/**
 * Generic codes of the portals' own: NETWORK (no answer at all), and REFUSED / CONFLICT for server codes
 * the portals have no wording for yet (new aggregates add codes; the portals must not break meanwhile).
 */
type PortalCode = 'NETWORK' | 'REFUSED' | 'CONFLICT';

export interface FieldError {
  path: string;
  message: string;
}

export interface ErrorInfo {
  code: ClientErrorCode;
  /** The server's message (English, for logs); show `code`'s translation to people. */
  message: string;
  fieldErrors: FieldError[];
  details: Record<string, unknown>;
}

/**
 * English wording for the codes the portals show (admin and merchant; the patient portal has its own
 * translations with the same keys). `satisfies` refuses a key that is not a real code; a server code missing
 * here is shown through its tRPC class (see `byTrpcCode`).
 */
export const englishErrorMessages = {
  NETWORK: "We couldn't reach HealthPay. Check your connection and try again.",
  REFUSED: "This can't be done right now.",
  CONFLICT: 'This conflicts with the current state. Refresh and try again.',
  VALIDATION_FAILED: 'Some details are not valid. Check the form and try again.',
  UNAUTHENTICATED: 'Your session has ended. Sign in again.',
  FORBIDDEN: "You don't have permission to do this.",
  CSRF_REJECTED: 'This page is out of date or was opened from another site. Reload it and try again.',
  NOT_FOUND: "We couldn't find that.",
  VERSION_CONFLICT: 'This record changed while you were working on it. Try again.',
  IDEMPOTENCY_KEY_REUSED: 'This request was already sent with different details. Start again.',
  RATE_LIMITED: 'Too many attempts. Wait a moment and try again.',
  INTERNAL: 'Something went wrong on our side. Try again in a moment.',
  WALLET_NOT_FOUND: 'Wallet not found.',
  WALLET_ALREADY_EXISTS: 'A wallet with this id already exists.',
  WALLET_NOT_ACTIVE: 'The wallet is not active.',
  WALLET_CLOSED: 'The wallet is closed.',
  WALLET_HAS_FUNDS: 'The wallet still holds money. Empty it before closing it.',
  INVALID_STATE_TRANSITION: "This can't move to that status from its current one.",
  INVALID_AMOUNT: 'Enter a valid amount.',
  INVALID_LIMIT: 'Limits must be positive, and the daily limit no more than the monthly one.',
  INSUFFICIENT_FUNDS: 'Not enough available balance.',
  DAILY_LIMIT_EXCEEDED: 'This would go over the daily spending limit.',
  MONTHLY_LIMIT_EXCEEDED: 'This would go over the monthly spending limit.',
  HOLD_ALREADY_EXISTS: 'This hold already exists.',
  HOLD_NOT_FOUND: 'Hold not found.',
  HOLD_EXPIRED: 'The hold has expired.',
  HOLD_NOT_EXPIRED: 'The hold has not expired yet.',
  INVALID_HOLD_EXPIRY: 'The hold must expire in the future.',
  CAPTURE_EXCEEDS_HOLD: 'That is more than the held amount.',
  SAME_WALLET_TRANSFER: "You can't transfer to the same wallet.",
  REASON_REQUIRED: 'Give a reason.',
  // MedCards
  CARD_NOT_FOUND: 'No MedCard has this number.',
  CARD_ALREADY_EXISTS: 'A card with this number already exists.',
  CARD_CLOSED: 'The card is closed.',
  CARD_NOT_ACTIVE: 'The card is not active.',
  CARD_EXPIRED: 'The card has expired.',
  CARD_NOT_EXPIRED: 'The card has not expired yet.',
  INVALID_TIER: 'Choose a valid tier.',
  TIER_UNCHANGED: 'The card is already on this tier.',
  INVALID_COPAYMENT: 'The copayment is a whole percent from 0 to 100.',
  INVALID_EXPIRY: 'The expiry date must be in the future.',
  INVALID_INSURANCE: 'Give both the insurer and the policy number.',
  INVALID_NATIONAL_ID: 'This national ID is not valid: 14 digits, starting with the century digit.',
  INVALID_MOBILE: 'Enter an Egyptian mobile number, e.g. 01012345678.',
  INVALID_BENEFICIARY: "Some of this person's details are not valid.",
  BENEFICIARY_NOT_FOUND: 'This person is not on the card.',
  BENEFICIARY_ALREADY_EXISTS: 'This person is already on the card.',
  DUPLICATE_NATIONAL_ID: 'Someone with this national ID is already on the card.',
  BENEFICIARY_LIMIT_REACHED: 'The card already has as many of these members as allowed (one spouse, two parents).',
  BENEFICIARY_NOT_ELIGIBLE: 'This person cannot be covered: children are covered until age 26.',
  DATE_OF_BIRTH_MISMATCH: "The date of birth doesn't match the national ID.",
  MOBILE_REQUIRED: 'A mobile number is required from age 18.',
  HOLDER_NOT_REMOVABLE: "The card holder can't be removed. Close the card instead.",
  INVALID_CLAIM: 'The claim is not valid. Check the drug lines and the total.',
  INVALID_LINE: 'A drug line is not valid. Check it and try again.',
  DUPLICATE_PRESCRIPTION: 'This prescription number was already claimed with other drugs.',
  CLAIM_NOT_REVERSIBLE: 'A rejected claim paid nothing, so there is nothing to reverse.',
  REVERSAL_WINDOW_CLOSED: 'A pharmacy can reverse a claim only on the day it was approved; HealthPay staff can reverse it later.',
  INVALID_REVERSAL_REASON: 'Choose a reason for the reversal.',
  INVALID_DRUG_CODE: 'Enter a drug code.',
  BENEFICIARY_NOT_ON_CARD: 'This person is not covered by the card.',
  REFILL_TOO_SOON: 'It is too soon to refill this drug.',
  MONTHLY_LIMIT_EXHAUSTED: "This month's benefit is used up.",
  NO_INSURANCE_ON_CARD: 'This card has no insurance policy.',
  INSURANCE_CLAIM_ALREADY_EXISTS: 'This insurance claim already exists.',
  INSURANCE_CLAIM_NOT_FOUND: 'Insurance claim not found.',
  INVALID_DOCUMENTS: 'Attach at least one document (at most 5, each up to 5 MB).',
  DOCUMENT_TOO_LARGE: 'A document may be at most 5 MB.',
  DOCUMENT_TYPE_NOT_ALLOWED: 'Only PDF, JPEG and PNG files are accepted.',
  DOCUMENT_NOT_FOUND: 'Document not found. Upload it again.',
  DOCUMENT_ALREADY_ATTACHED: 'This document is already attached to another claim.',
  APPROVED_AMOUNT_EXCEEDS_CLAIM: "The approved amount can't be more than the amount claimed.",
  INVALID_REJECTION_REASON: 'Choose a reason for the rejection.',
  PRESCRIPTION_NOT_FOUND: 'Prescription claim not found.',
  INSURANCE_AMOUNT_EXCEEDS_UNCOVERED: 'The amount is more than the prescription left for the patient to pay (less what other insurance claims on it already ask for).',
  INSURANCE_AMOUNT_ABOVE_MAXIMUM: 'An insurance claim without a prescription is limited to EGP 50,000.',
  // Copay from the wallet
  COPAY_NOT_FOUND: 'This payment request was not found.',
  COPAY_NOT_DUE: 'There is nothing to collect from the wallet for this claim.',
  COPAY_NO_WALLET: 'The patient has no active wallet. Collect the amount in cash.',
  COPAY_CODE_INVALID: 'That code is not right.',
  COPAY_CODE_EXPIRED: 'The code has expired.',
  COPAY_CLOSED: 'This payment request is already settled.',
  // Payments (top-ups through Paymob and Fawry) and refunds
  PROVIDER_UNAVAILABLE: 'The payment provider is briefly unavailable. Try again in a few minutes.',
  PROVIDER_REJECTED: 'The payment provider refused this request.',
  INVALID_SIGNATURE: 'The payment provider’s message could not be verified.',
  PAYMENT_NOT_FOUND: 'Payment not found.',
  PAYMENT_ALREADY_EXISTS: 'This payment already exists.',
  PAYMENT_NOT_EXPIRED: 'The payment has not expired yet.',
  PAYMENT_NOT_REFUNDABLE: 'This payment cannot be refunded.',
  PAYMENT_NOT_IN_REVIEW: 'This payment is not waiting for review.',
  REFUND_NOT_FOUND: 'Refund not found.',
  REFUND_ALREADY_EXISTS: 'This refund was already requested.',
  REFUND_EXCEEDS_PAYMENT: 'That is more than what can still be refunded on this payment.',
  VOID_NOT_ALLOWED: 'This payment can no longer be voided: voids are for card payments on the same day only. Refund it instead.',
  // Pharmacies
  PHARMACY_NOT_ACTIVE: 'This pharmacy is not active, so it cannot submit claims, look cards up or collect payments. Contact HealthPay support.',
  PHARMACY_NOT_FOUND: 'Pharmacy not found.',
  PHARMACY_ALREADY_EXISTS: 'This pharmacy already exists.',
  PHARMACY_CLOSED: 'This pharmacy is closed.',
  DUPLICATE_LICENCE_NUMBER: 'Another pharmacy already has this licence number.',
  INVALID_PHARMACY_DETAILS: 'Check the pharmacy’s names, governorate, city and address.',
  INVALID_LICENCE_NUMBER: 'A licence number is 3–30 letters, digits, / or -.',
  INVALID_COMMERCIAL_REGISTRATION: 'A commercial registration number is 1–10 digits.',
  INVALID_IBAN: 'Enter a valid Egyptian IBAN: EG followed by 27 digits.',
  // Invitations and staff accounts
  INVITATION_NOT_FOUND: 'This invitation link is not valid.',
  INVITATION_EXPIRED: 'This invitation has expired. Ask for a new one.',
  INVITATION_USED: 'This invitation was used already. Sign in instead.',
  INVITATION_REVOKED: 'This invitation was withdrawn. Ask for a new one.',
  ACCOUNT_EXISTS: 'This email already has a HealthPay account.',
  LAST_SUPERADMIN: 'The last active superadmin cannot be deactivated or given another role.',
  // One card and one wallet per person
  HOLDER_HAS_CARD: 'This patient already holds a MedCard. Say why they need a second one to issue it.',
  OWNER_HAS_WALLET: 'This person already has a wallet. Say why they need a second one to open it.',
  LIMIT_BELOW_USED: 'The card already paid more than this limit this month. Give a reason to lower it anyway.',
} as const satisfies Partial<Record<AppErrorCode | PortalCode, string>>;

/** A code the portals have wording for. */
export type ClientErrorCode = keyof typeof englishErrorMessages;

export const clientErrorCodes = Object.keys(englishErrorMessages) as ClientErrorCode[];

const isCode = (v: unknown): v is ClientErrorCode => typeof v === 'string' && v in englishErrorMessages;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** tRPC codes → ours, for an appCode without wording here (or none at all, e.g. a proxy's 502). */
const byTrpcCode: Record<string, ClientErrorCode> = {
  BAD_REQUEST: 'VALIDATION_FAILED',
  UNAUTHORIZED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  UNPROCESSABLE_CONTENT: 'REFUSED',
  TOO_MANY_REQUESTS: 'RATE_LIMITED',
};

/** Whatever a tRPC call threw, as a code to translate plus the server's field errors and details. */
export function errorInfo(error: unknown): ErrorInfo {
  const message = error instanceof Error ? error.message : String(error);
  if (!(error instanceof TRPCClientError)) return { code: 'INTERNAL', message, fieldErrors: [], details: {} };
  const data: unknown = error.data;
  if (!isRecord(data)) {
    // No tRPC envelope: the request failed in the network or came back as something that is not tRPC.
    return { code: error.cause instanceof TypeError || /fetch/i.test(message) ? 'NETWORK' : 'INTERNAL', message, fieldErrors: [], details: {} };
  }
  const code = isCode(data.appCode) ? data.appCode : (byTrpcCode[String(data.code)] ?? 'INTERNAL');
  const fieldErrors = Array.isArray(data.fieldErrors)
    ? data.fieldErrors.filter(isRecord).map((f) => ({ path: String(f.path), message: String(f.message) }))
    : [];
  return { code, message, fieldErrors, details: isRecord(data.details) ? data.details : {} };
}

/** True when the server says nobody (or the wrong person) is signed in. */
export const isUnauthenticated = (error: unknown): boolean =>
  error instanceof TRPCClientError && isRecord(error.data) && error.data.code === 'UNAUTHORIZED';

/** A 4xx answer: retrying the same request gets the same answer. */
export const isClientError = (error: unknown): boolean =>
  error instanceof TRPCClientError && isRecord(error.data) && typeof error.data.httpStatus === 'number' &&
  error.data.httpStatus >= 400 && error.data.httpStatus < 500;

/** English message for an error (admin and merchant portals). */
export const englishMessageFor = (error: unknown): string => englishErrorMessages[errorInfo(error).code];
