import pg from 'pg';
import { log } from '@healthpay/config/log';
import { ACTOR_CHANNEL, ACTOR_TRIGGERS } from './actor-channel';

export interface ActorListenerOptions {
  /** How long to wait before reconnect attempt `n` (1, 2, …): 100 ms doubling, at most 10 s. */
  retryDelayMs?(attempt: number): number;
  /** Runs `retry` after `ms` (an unref'd timer); specs pass their own to decide when the connection comes back. */
  schedule?(retry: () => void, ms: number): void;
}

export interface ActorListenerTarget {
  changed(payload: string): void;
  connection(up: boolean): void;
}

const defaultDelay = (attempt: number) => Math.min(10_000, 100 * 2 ** Math.min(attempt - 1, 7));
const defaultSchedule = (retry: () => void, ms: number) => void setTimeout(retry, ms).unref();

/**
 * One LISTEN connection of its own (not a pool's: it is held for the process's life) to `hp_actor_changed`.
 * `up` only once LISTEN has succeeded on a database whose triggers send the changes; on error or end it goes
 * down (the target forgets everything), then reconnects with backoff until `stopped()` says the pool has ended.
 */
export class ActorListener {
  up = false;
  /** The backend serving the LISTEN (specs terminate it). */
  pid: number | null = null;
  private client: pg.Client | null = null;
  private started = false;
  private attempt = 0;
  private readonly delay: (attempt: number) => number;
  private readonly schedule: (retry: () => void, ms: number) => void;

  constructor(
    private readonly config: pg.ClientConfig,
    private readonly target: ActorListenerTarget,
    private readonly stopped: () => boolean,
    o: ActorListenerOptions = {},
  ) {
    this.delay = o.retryDelayMs ?? defaultDelay;
    this.schedule = o.schedule ?? defaultSchedule;
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    void this.connect();
  }

  /**
   * One round trip on the LISTEN connection: every change committed before this call has been applied when it
   * resolves (Postgres sends a listener its pending notifications before it answers a query).
   */
  async sync(): Promise<void> {
    await this.client?.query('SELECT 1');
  }

  private async connect(): Promise<void> {
    const client = new pg.Client(this.config);
    this.client = client;
    client.on('notification', (n) => {
      if (n.channel === ACTOR_CHANNEL && n.payload !== undefined && this.client === client) this.target.changed(n.payload);
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, null));
    try {
      await client.connect();
      await client.query(`LISTEN ${ACTOR_CHANNEL}`);
      const triggers = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_trigger WHERE tgname = ANY($1)', [ACTOR_TRIGGERS]);
      if (triggers.rows[0]?.n !== ACTOR_TRIGGERS.length) throw new Error('the actor change triggers are missing (migration actor_change_notify)');
      if (this.client !== client) return;
      this.attempt = 0;
      this.pid = (client as unknown as { processID: number | null }).processID;
      // Held for the process's life: it must not keep a finished process alive.
      (client as unknown as { connection?: { stream?: { unref?(): void } } }).connection?.stream?.unref?.();
      this.up = true;
      this.target.connection(true);
    } catch (error) {
      this.lost(client, error as Error);
    }
  }

  private lost(client: pg.Client, error: Error | null): void {
    if (this.client !== client) return;
    this.client = null;
    this.pid = null;
    client.end().catch(() => undefined);
    if (this.up) {
      this.up = false;
      this.target.connection(false);
    }
    if (this.stopped()) return;
    // Once per outage, not once per attempt.
    if (this.attempt === 0) log.warn(`[actor-cache] change notifications not heard, the actor cache is off until they are: ${error?.message ?? 'connection ended'}`);
    this.schedule(() => {
      if (!this.stopped()) void this.connect();
    }, this.delay(++this.attempt));
  }
}
