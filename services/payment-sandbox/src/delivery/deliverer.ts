import type { ControlState } from '../control/state';
import { sleep } from '../control/sleep';

export interface DeliveryAttempt {
  at: string;
  /** Transaction id (Paymob) or fawryRefNumber (Fawry). */
  key: string;
  url: string;
  attempt: number;
  status: number | null;
  error?: string;
}

export interface DeliveryOutcome {
  delivered: boolean;
  attempts: number;
  status: number | null;
}

export interface DelivererOptions {
  control: ControlState;
  stopping: AbortSignal;
  /** Whether the receiver's status counts as delivered (Paymob: any 2xx; Fawry: exactly 200). */
  accepts(status: number): boolean;
  /** Waits between retries; its length is the number of retries after the first attempt. */
  retryDelaysMs: readonly number[];
  timeoutMs?: number;
}

const MAX_ATTEMPTS_LOGGED = 1_000;

/** Posts callbacks like a provider: fire-and-forget, retried, optionally late or duplicated. */
export class Deliverer {
  private readonly last = new Map<string, { url: string; body: string }>();
  private readonly log: DeliveryAttempt[] = [];

  constructor(private readonly o: DelivererOptions) {}

  /** Sends `body` (already serialised, so what was signed is byte-for-byte what is sent) in the background. */
  send(key: string, url: string, body: string): void {
    this.last.set(key, { url, body });
    const copies = this.o.control.duplicateCallbacks;
    const delay = this.o.control.callbackDelayMs;
    void (async () => {
      await sleep(delay, this.o.stopping);
      for (let i = 0; i < copies; i++) await this.deliver(key, url, body);
    })().catch(() => {});
  }

  /** Re-sends the last callback for `key` once (with retries); null when there was none. */
  async again(key: string): Promise<DeliveryOutcome | null> {
    const last = this.last.get(key);
    return last ? this.deliver(key, last.url, last.body) : null;
  }

  attempts(): DeliveryAttempt[] {
    return structuredClone(this.log);
  }

  clear(): void {
    this.log.length = 0;
  }

  private async deliver(key: string, url: string, body: string): Promise<DeliveryOutcome> {
    const { retryDelaysMs, stopping, accepts } = this.o;
    let status: number | null = null;
    let attempt = 0;
    while (attempt <= retryDelaysMs.length && !stopping.aborted) {
      attempt++;
      if (attempt > 1) await sleep(retryDelaysMs[attempt - 2] ?? 0, stopping);
      let error: string | undefined;
      try {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
          signal: AbortSignal.any([stopping, AbortSignal.timeout(this.o.timeoutMs ?? 5_000)]),
        });
        status = res.status;
        await res.arrayBuffer().catch(() => undefined);
      } catch (err) {
        status = null;
        error = err instanceof Error ? err.message : String(err);
      }
      this.log.push({ at: new Date().toISOString(), key, url, attempt, status, ...(error ? { error } : {}) });
      if (this.log.length > MAX_ATTEMPTS_LOGGED) this.log.shift();
      if (status !== null && accepts(status)) return { delivered: true, attempts: attempt, status };
    }
    return { delivered: false, attempts: attempt, status };
  }
}
