/** How provider API requests are answered: normally, 30 s late, with a 503, or by dropping the connection. */
export type FaultMode = 'ok' | 'slow' | 'error503' | 'reset';

export const SLOW_MODE_DELAY_MS = 30_000;
const MAX_LOGGED = 1_000;

export interface LoggedRequest {
  at: string;
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

/** The knobs tests turn, shared by the router (faults, latency) and the callback deliverer. */
export class ControlState {
  latencyMs = 0;
  mode: FaultMode = 'ok';
  duplicateCallbacks = 1;
  callbackDelayMs = 0;
  private readonly log: LoggedRequest[] = [];

  record(entry: LoggedRequest): void {
    this.log.push(entry);
    if (this.log.length > MAX_LOGGED) this.log.shift();
  }

  requests(): LoggedRequest[] {
    return structuredClone(this.log);
  }

  /** Delay added to every provider API answer. */
  answerDelayMs(): number {
    return this.latencyMs + (this.mode === 'slow' ? SLOW_MODE_DELAY_MS : 0);
  }

  reset(): void {
    this.latencyMs = 0;
    this.mode = 'ok';
    this.duplicateCallbacks = 1;
    this.callbackDelayMs = 0;
    this.log.length = 0;
  }
}
