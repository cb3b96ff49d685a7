import type { DeliveryAttempt, DeliveryOutcome, Deliverer } from '../delivery/deliverer';
import type { ControlState, FaultMode, LoggedRequest } from './state';

/** In-process handle on a running sandbox; the same actions are reachable at POST {url}/__sandbox/control. */
export interface SandboxControl {
  /** Every provider API answer is delayed by `ms` (the request itself is processed at once). */
  setLatency(ms: number): void;
  /** 'slow' adds 30 s to every API answer, 'error503' answers 503, 'reset' destroys the socket. */
  setMode(mode: FaultMode): void;
  /** Shorthand: true = setMode('error503'), false = setMode('ok'). */
  setDown(down: boolean): void;
  /** Deliver each callback n times (n ≥ 1). */
  setDuplicateCallbacks(n: number): void;
  /** Wait `ms` before delivering each callback. */
  setCallbackDelay(ms: number): void;
  /** Re-send the last callback for a Paymob transaction id or a fawryRefNumber; null if there was none. */
  deliverAgain(id: string | number): Promise<DeliveryOutcome | null>;
  /** Provider API requests received, oldest first. */
  requests(): LoggedRequest[];
  /** Callback delivery attempts, oldest first. */
  deliveries(): DeliveryAttempt[];
  /** Back to defaults; clears both logs. Stored payments are kept. */
  reset(): void;
}

function nonNegative(ms: number, what: string): number {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`${what} must be a non-negative number`);
  return ms;
}

export function createControl(state: ControlState, deliverer: Deliverer): SandboxControl {
  return {
    setLatency: (ms) => void (state.latencyMs = nonNegative(ms, 'latency')),
    setMode: (mode) => void (state.mode = mode),
    setDown: (down) => void (state.mode = down ? 'error503' : 'ok'),
    setDuplicateCallbacks: (n) => {
      if (!Number.isInteger(n) || n < 1) throw new RangeError('duplicate callbacks must be an integer ≥ 1');
      state.duplicateCallbacks = n;
    },
    setCallbackDelay: (ms) => void (state.callbackDelayMs = nonNegative(ms, 'callback delay')),
    deliverAgain: (id) => deliverer.again(String(id)),
    requests: () => state.requests(),
    deliveries: () => deliverer.attempts(),
    reset: () => {
      state.reset();
      deliverer.clear();
    },
  };
}
