/** The providers this package speaks to. */
export type ProviderName = 'paymob' | 'fawry';

export type UnavailableReason = 'circuit-open' | 'timeout' | 'unreachable' | 'server-error';

/**
 * The provider could not be asked (breaker open, timeout, transport failure) or answered 5xx/429 after every
 * allowed attempt. The outcome of a non-idempotent call is then UNKNOWN: reconcile (inquire/status) before
 * retrying it by hand.
 */
export class ProviderUnavailableError extends Error {
  override readonly name = 'ProviderUnavailableError';
  readonly provider: ProviderName;
  readonly reason: UnavailableReason;
  /** HTTP status for 'server-error'. */
  readonly status: number | undefined;

  constructor(provider: ProviderName, reason: UnavailableReason, opts: { status?: number; cause?: unknown } = {}) {
    super(`${provider} unavailable: ${reason}${opts.status ? ` (HTTP ${opts.status})` : ''}`, { cause: opts.cause });
    this.provider = provider;
    this.reason = reason;
    this.status = opts.status;
  }
}

/**
 * The provider answered and refused. `status` is the HTTP status for an HTTP-level refusal (4xx), or the
 * provider's own code when it refuses inside a 200 answer (Fawry's `statusCode`, e.g. 9946). Not retried and
 * never counted by the circuit breaker: a refusal says the provider is up.
 */
export class ProviderRejectedError extends Error {
  override readonly name = 'ProviderRejectedError';
  readonly provider: ProviderName;
  readonly status: number;
  readonly body: unknown;

  constructor(provider: ProviderName, status: number, body: unknown, message?: string) {
    super(message ?? `${provider} refused the request (status ${status})`);
    this.provider = provider;
    this.status = status;
    this.body = body;
  }
}

/** The provider answered something we cannot understand (not JSON, or not the documented shape). */
export class ProviderProtocolError extends Error {
  override readonly name = 'ProviderProtocolError';
  readonly provider: ProviderName;
  readonly body: unknown;

  constructor(provider: ProviderName, message: string, body?: unknown, cause?: unknown) {
    super(`${provider} protocol error: ${message}`, { cause });
    this.provider = provider;
    this.body = body;
  }
}

/** An amount that is not a whole, non-negative number of piasters (or a provider amount that is not one). */
export class InvalidAmountError extends Error {
  override readonly name = 'InvalidAmountError';
  readonly value: unknown;

  constructor(value: unknown, why: string) {
    super(`invalid amount ${JSON.stringify(value) ?? String(value)}: ${why}`);
    this.value = value;
  }
}
