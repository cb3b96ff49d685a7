import { EventEmitter, on, once } from 'node:events';
import { EVERYTHING, LIVE_CHANNEL, parseLivePayload, type Pool, type PoolClient } from '@healthpay/db';
import { log } from '@healthpay/config/log';

const RECONNECT_MS = 1_000;

/**
 * One LISTEN connection per process for every open page: the projector NOTIFYs the topics each committed
 * batch moved; subscribers get the ones they may see. The connection is held only while someone
 * subscribes. A lost connection tells subscribers "everything" (refetch what you show: something may have
 * been missed) and is replaced while anyone still listens.
 */
export class LiveFeed {
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  private client: Promise<PoolClient> | null = null;
  private subscribers = 0;

  constructor(private readonly pool: Pool) {}

  private listen(): Promise<PoolClient> {
    if (!this.client) {
      this.client = this.connect().catch((error: unknown) => {
        this.client = null;
        throw error;
      });
      this.emitter.emit('connecting');
    }
    return this.client;
  }

  /**
   * Resolves once a subscriber has the LISTEN connection in place: a NOTIFY sent before it is not heard (the page
   * fetched its data when it opened), so specs wait for this before they change anything.
   */
  async listening(): Promise<void> {
    if (!this.client) await once(this.emitter, 'connecting');
    await this.client;
  }

  private async connect(): Promise<PoolClient> {
    const client = await this.pool.connect();
    client.on('notification', (n) => {
      if (n.channel === LIVE_CHANNEL) this.emitter.emit('topics', parseLivePayload(n.payload));
    });
    client.once('error', (error) => {
      log.warn(`[live] listen connection lost: ${error.message}`);
      this.client = null;
      client.release(error);
      this.emitter.emit('topics', [EVERYTHING]);
      this.relisten();
    });
    await client.query(`LISTEN ${LIVE_CHANNEL}`);
    return client;
  }

  private relisten(): void {
    setTimeout(() => {
      if (this.subscribers > 0) this.listen().catch(() => this.relisten());
    }, RECONNECT_MS).unref();
  }

  private async stopIfIdle(): Promise<void> {
    const pending = this.client;
    if (this.subscribers > 0 || !pending) return;
    this.client = null;
    const client = await pending.catch(() => null);
    if (!client) return;
    await client.query(`UNLISTEN ${LIVE_CHANNEL}`).then(() => client.release(), (e: Error) => client.release(e));
  }

  /** The topics of each projected batch that `maySee` admits (all of them after a gap), until `signal` aborts. */
  async *changes(maySee: (topic: string) => boolean, signal: AbortSignal | undefined): AsyncGenerator<string[]> {
    const batches = on(this.emitter, 'topics', { signal }) as AsyncIterableIterator<[string[]]>;
    this.subscribers++;
    try {
      await this.listen();
      for await (const [topics] of batches) {
        const mine = topics.includes(EVERYTHING) ? [EVERYTHING] : topics.filter(maySee);
        if (mine.length > 0) yield mine;
      }
    } catch (error) {
      if (!(error instanceof Error && error.name === 'AbortError')) throw error;
    } finally {
      await batches.return?.();
      this.subscribers--;
      await this.stopIfIdle();
    }
  }
}

const feeds = new WeakMap<Pool, LiveFeed>();
/** The process's feed for this pool (one per services instance). */
export function liveFeedOf(pool: Pool): LiveFeed {
  let feed = feeds.get(pool);
  if (!feed) feeds.set(pool, (feed = new LiveFeed(pool)));
  return feed;
}
