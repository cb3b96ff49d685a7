import {
  CircuitState,
  ConsecutiveBreaker,
  ExponentialBackoff,
  TimeoutStrategy,
  circuitBreaker,
  handleWhen,
  isBrokenCircuitError,
  isTaskCancelledError,
  retry,
  timeout,
} from 'cockatiel';
import {
  ProviderProtocolError,
  ProviderRejectedError,
  ProviderUnavailableError,
  type ProviderName,
} from '../errors';

export type BreakerState = 'closed' | 'open' | 'half-open';

export interface ExecuteOptions {
  /** Only idempotent calls are retried: a retried charge or refund could move money twice. */
  idempotent: boolean;
  /** Bound on each attempt, including reading the answer. */
  timeoutMs: number;
  /** Retries after the first attempt for idempotent calls (default 2). Ignored when not idempotent. */
  retries?: number;
}

export interface ProviderBreaker {
  readonly name: ProviderName;
  state(): BreakerState;
  /**
   * Runs `fn` through the breaker. `fn` must honour the signal (pass it to fetch): it aborts when the attempt
   * times out. Throws ProviderUnavailableError when the breaker is open or every attempt failed; provider
   * refusals (ProviderRejectedError) and unparseable answers (ProviderProtocolError) pass through untouched.
   */
  execute<T>(fn: (signal: AbortSignal) => Promise<T>, opts: ExecuteOptions): Promise<T>;
}

export interface ProviderBreakerOptions {
  /** Consecutive failed attempts that open the breaker (default 5). */
  failureThreshold?: number;
  /** How long the breaker stays open before letting one trial call through (default 30 000 ms). */
  halfOpenAfterMs?: number;
  /** Retry backoff bounds (default 100–1000 ms, exponential with jitter). Tests shorten them. */
  backoff?: { initialDelayMs?: number; maxDelayMs?: number };
}

/**
 * A failure is what says "the provider is not answering properly": transport errors, timeouts, 5xx/429.
 * A refusal or an answer we cannot parse comes from a live provider, so it neither opens the breaker nor is
 * retried (the same request would be refused again).
 */
const isOutage = (e: unknown): boolean =>
  !(e instanceof ProviderRejectedError) && !(e instanceof ProviderProtocolError) && !isBrokenCircuitError(e);

function asUnavailable(provider: ProviderName, e: unknown): unknown {
  if (e instanceof ProviderUnavailableError || e instanceof ProviderRejectedError || e instanceof ProviderProtocolError) {
    return e;
  }
  if (isBrokenCircuitError(e)) return new ProviderUnavailableError(provider, 'circuit-open', { cause: e });
  if (isTaskCancelledError(e)) return new ProviderUnavailableError(provider, 'timeout', { cause: e });
  return new ProviderUnavailableError(provider, 'unreachable', { cause: e });
}

/**
 * One breaker per provider and process, shared by every call to it. Policy order (outer → inner): retry →
 * circuit breaker → timeout, so every attempt is counted by the breaker and a retry stops as soon as it opens.
 */
export function createProviderBreaker(name: ProviderName, opts: ProviderBreakerOptions = {}): ProviderBreaker {
  const halfOpenAfterMs = opts.halfOpenAfterMs ?? 30_000;
  const breaker = circuitBreaker(handleWhen(isOutage), {
    halfOpenAfter: halfOpenAfterMs,
    breaker: new ConsecutiveBreaker(opts.failureThreshold ?? 5),
  });
  // cockatiel only moves to half-open when the next call arrives; state() reports it as soon as that call
  // would be let through, which is what a health check wants to see.
  let openedAt = 0;
  breaker.onStateChange((s) => {
    if (s === CircuitState.Open) openedAt = Date.now();
  });
  const backoff = new ExponentialBackoff({
    initialDelay: opts.backoff?.initialDelayMs ?? 100,
    maxDelay: opts.backoff?.maxDelayMs ?? 1000,
  });

  return {
    name,
    state() {
      switch (breaker.state) {
        case CircuitState.Closed:
          return 'closed';
        case CircuitState.HalfOpen:
          return 'half-open';
        case CircuitState.Open:
          return Date.now() - openedAt >= halfOpenAfterMs ? 'half-open' : 'open';
        default:
          return 'open';
      }
    },
    async execute<T>(fn: (signal: AbortSignal) => Promise<T>, o: ExecuteOptions): Promise<T> {
      // Aggressive: the attempt fails at the deadline even if the work ignores the signal.
      const perAttempt = timeout(o.timeoutMs, TimeoutStrategy.Aggressive);
      const attempts = retry(handleWhen(isOutage), {
        maxAttempts: o.idempotent ? (o.retries ?? 2) : 0,
        backoff,
      });
      try {
        return await attempts.execute(() =>
          breaker.execute(({ signal }) => perAttempt.execute((ctx) => fn(ctx.signal), signal)),
        );
      } catch (e) {
        throw asUnavailable(name, e);
      }
    },
  };
}
