import { domainErrorCodes, type DomainErrorCode } from '@healthpay/domain';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server';

/** API-level codes on top of the domain's. */
export const apiErrorCodes = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'VERSION_CONFLICT',
  'IDEMPOTENCY_KEY_REUSED',
  'RATE_LIMITED',
  'INTERNAL',
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
  NOT_FOUND,
  VERSION_CONFLICT: CONFLICT,
  IDEMPOTENCY_KEY_REUSED: CONFLICT,
  RATE_LIMITED: { trpc: 'TOO_MANY_REQUESTS', http: 429 },
  INTERNAL: { trpc: 'INTERNAL_SERVER_ERROR', http: 500 },
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
} as const satisfies Record<ApiErrorCode, Mapping> & Partial<Record<DomainErrorCode, Mapping>>;

export const errorMappings: Readonly<Partial<Record<AppErrorCode, Mapping>>> = table;

export const mappingOf = (code: AppErrorCode): Mapping => errorMappings[code] ?? REFUSED;
