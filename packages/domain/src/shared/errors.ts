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
