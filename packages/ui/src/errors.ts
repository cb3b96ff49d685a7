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
  INVALID_STATE_TRANSITION: "The wallet can't move to that status from its current one.",
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
