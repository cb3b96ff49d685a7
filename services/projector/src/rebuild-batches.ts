import {
  applyBatch, feedPositionOf, readCheckpoint, readFeed, type DocumentProjection, type FeedPosition, type Pool, type PoolClient, type StoredEvent,
} from '@healthpay/db';
import { setImmediate as yieldToIo } from 'node:timers/promises';
import { DocumentCache } from './rebuild-cache';
import type { CopayMarks } from './rebuild/copay-marks';
import { inTransaction } from './rebuild/in-transaction';
import { WriteLane } from './rebuild/write-lane';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a heterogeneous list of document types
type AnyProjection = DocumentProjection<any>;

/**
 * Groups of projections that read and write only their own tables, so each group may run beside the others on
 * its own connection and keep its documents in memory between flushes: the ledger (its stream context lives in
 * `ledger_streams`), the wallet rows and history lines, the MedCard read models. Everything else stays together, in
 * registry order, applied batch by batch in one transaction: settlement lines read `wallet_holds` and statements
 * (fee schedules from their streams), and statements update lines, so those see each other's writes of the same
 * batch as in `catchUp`.
 * A projection that starts reading another group's tables must move into its group.
 */
const INDEPENDENT: readonly (readonly string[])[] = [
  ['ledger_entries'],
  ['wallets', 'wallet_transactions'],
  ['medcards', 'medcard_beneficiaries', 'prescription_claims', 'insurance_claims', 'medcard_monthly_spend'],
];

/** The independent groups (see INDEPENDENT), each in registry order, and the rest. */
export function splitGroups(projections: readonly AnyProjection[]): { independent: AnyProjection[][]; rest: AnyProjection[] } {
  const independent = INDEPENDENT.map((names) => projections.filter((p) => names.includes(p.name))).filter((g) => g.length > 0);
  const rest = projections.filter((p) => !INDEPENDENT.some((names) => names.includes(p.name)));
  return { independent, rest };
}

/** Splits the projections into groups that can be applied concurrently (see INDEPENDENT). */
export function independentGroups(projections: readonly AnyProjection[]): AnyProjection[][] {
  const { independent, rest } = splitGroups(projections);
  return [...independent, rest].filter((g) => g.length > 0);
}

// A replay can always be redone (a crash loses at most batches whose checkpoint was not durable either: asynchronous
// commits still reach the WAL in order), so it does not wait for a flush per transaction.
const ASYNC_COMMIT = ['SET LOCAL synchronous_commit = off'];

const advance = async (pool: Pool, name: string, from: FeedPosition, to: FeedPosition): Promise<boolean> =>
  (await pool.query(
    `UPDATE projector_checkpoints SET transaction_id = $4, position = $5, updated_at = now()
     WHERE name = $1 AND transaction_id = $2 AND position = $3`,
    [name, from.transactionId, from.position, to.transactionId, to.position],
  )).rowCount === 1;

/**
 * Flush when this many events were folded since the last one, a cache holds this many unsaved docs, or one doc
 * took this many events (a doc that grows per event, like the ledger's entries, costs its size per event).
 */
const FLUSH = { events: 100_000, docs: 50_000, hotDoc: 1_000 };
/**
 * With early writes (`ReplayOptions.early`) a flush holds only the documents that change (wallets, streams, cards):
 * rarer flushes write each of them fewer times (1,000,000 events: Postgres CPU per event −6 % at 250,000 events a flush,
 * another −4 % at 1,000,000). A replay that dies redoes at most this many events; `docs` bounds the memory.
 */
const FLUSH_WITH_EARLY = { events: 1_000_000, docs: 100_000 };
/**
 * Projections whose docs never change once written (one per event, `load` finds nothing): the cache forgets them once
 * taken for saving.
 */
const WRITE_ONCE: ReadonlySet<string> = new Set(['wallet_transactions']);
/** Events folded between two turns of the event loop. */
const FOLD_SLICE = 1_000;
/** Batches of the rest group queued behind the fold at most. */
const REST_QUEUE = 3;

export interface ReplayOptions {
  name: string;
  projections: readonly AnyProjection[];
  batchSize?: number;
  /** The read-model tables were emptied before the replay (a rebuild): keys never seen need no load. */
  emptied?: boolean;
  /** Flush thresholds (FLUSH) and docs kept per projection (`DocumentCache`); specs make them small. */
  limits?: Partial<typeof FLUSH> & { cachedDocs?: number };
  /** The feed reader (`readFeed`; the rebuild's decodes cheaper). */
  readFeed?: (pool: Pool, from: FeedPosition, limit: number) => Promise<StoredEvent[]>;
  /**
   * Written between flushes, whenever the previous write committed, so that Postgres takes rows while the fold goes
   * on and the flushes are left with the documents that change (wallets, streams, cards): by name, `'changes'` saves
   * the projection's changed docs, a function saves what the docs gained (`DocumentCache.takeAppends`).
   */
  early?: Readonly<Record<string, 'changes' | AnyProjection['save']>>;
  /**
   * A rebuild's copays (rebuild/copay-marks.ts): told when each rest batch committed, drained at the end of every write
   * of the claims' group, abandoned by a restart.
   */
  copayMarks?: CopayMarks;
  /** Called once a flush and its checkpoint committed; a throw ends the replay there (specs interrupt with it). */
  onFlushed?: (to: FeedPosition) => void | Promise<void>;
}

/**
 * Replays the feed from the checkpoint `name` into `projections`, fast: big batches, the next read while the
 * current one is folded; the independent groups fold in memory (`DocumentCache`, in slices that let the event loop
 * answer the writes' round trips) and write their changed documents at flushes, one transaction per group, while the
 * next batches are already being folded; between flushes, whenever the previous write committed, the `early`
 * projections write their rows; the rest is applied batch by batch (`applyBatch`), each batch committed behind the
 * fold. The checkpoint moves by compare-and-set after each flush committed (and every rest batch before it). Every
 * projection is version-guarded and idempotent, so a crash only replays from the last flush (rows written early are
 * written again, the same); if another projector moved the checkpoint meanwhile, this one forgets its documents and
 * continues from there. Returns how many events it applied; a failure returns once the writes it started ended.
 */
export async function replayFeed(pool: Pool, opts: ReplayOptions): Promise<number> {
  const { independent, rest } = splitGroups(opts.projections);
  const groups = independent.map((g) => g.map((p) => new DocumentCache(p, opts.emptied ?? false, opts.limits?.cachedDocs, WRITE_ONCE.has(p.name))));
  const caches = groups.flat();
  const restTypes = new Set(rest.flatMap((p) => p.canHandle));
  const restHandles = rest.map((p) => new Set(p.canHandle));
  const read = opts.readFeed ?? readFeed;
  const size = opts.batchSize ?? 10_000;
  const limits = { ...FLUSH, ...(opts.early ? FLUSH_WITH_EARLY : {}), ...opts.limits };
  let from = await readCheckpoint(pool, opts.name);
  let at = from;
  let next = read(pool, at, size);
  let applied = 0;
  let pending = 0;
  // The independent groups' writes (early writes and flushes), and the rest group's batches, each one after another.
  const writes = new WriteLane();
  const restLane = new WriteLane();
  const early = caches.flatMap((c) => {
    const how = opts.early?.[c.projection.name];
    return how ? [{ group: groups.findIndex((g) => g.includes(c)), take: () => (how === 'changes' ? c.takeChanges() : c.takeAppends(how)) }] : [];
  });
  // The claims' group ends each of its write transactions with the copay marks' drain.
  const marks = opts.copayMarks;
  const claimsGroup = marks ? groups.findIndex((g) => g.some((c) => c.projection.name === 'prescription_claims')) : -1;
  const withDrain = (saves: ((tx: PoolClient) => Promise<void>)[][]) =>
    marks ? saves.map((group, g) => (g === claimsGroup ? [...group, (tx: PoolClient) => marks.drain(tx)] : group)) : saves;
  const save = (saves: ((tx: PoolClient) => Promise<void>)[][]) => Promise.all(saves.map((group) => inTransaction(pool, ASYNC_COMMIT, async (tx) => {
    for (const s of group) await s(tx);
  })));
  /** Starts the early writes if the previous write is done (else they wait for the next batch). */
  const writeEarly = () => {
    if (writes.queued > 0 || early.length === 0) return;
    const saves = withDrain(groups.map((_, g) => early.filter((e) => e.group === g).map((e) => e.take()))).filter((group) => group.length > 0);
    writes.run(async () => {
      await save(saves);
      return true;
    });
  };
  /** The rest group's batch, committed behind the fold: Node folds the next batch while Postgres applies this one. */
  const queueRest = async (events: StoredEvent[]) => {
    // Bounded: past REST_QUEUE batches behind, the fold waits for the lane.
    if (restLane.queued >= REST_QUEUE) await restLane.outcome;
    restLane.run(async () => {
      await inTransaction(pool, ASYNC_COMMIT, async (tx) => {
        // Each projection gets only its events: a set lookup per event instead of `canHandle.includes`.
        for (const [i, p] of rest.entries()) await applyBatch(tx, p, events.filter((e) => restHandles[i]?.has(e.type)));
      });
      marks?.committed();
      return true;
    });
  };

  /**
   * Waits for the previous write, starts saving what changed since, and moves the checkpoint once that and the rest
   * group's batches up to `to` committed.
   */
  const flush = async (to: FeedPosition, count: number): Promise<boolean> => {
    if (!(await writes.outcome)) return false;
    const saves = withDrain(groups.map((g) => g.map((c) => c.takeChanges())));
    const start = from;
    const rested = restLane.outcome;
    writes.run(async () => {
      await rested;
      await save(saves);
      if (!(await advance(pool, opts.name, start, to))) return false;
      applied += count;
      await opts.onFlushed?.(to);
      return true;
    });
    from = to;
    return true;
  };

  /** Another projector moved the checkpoint: our documents may be older than its rows, so start again from it. */
  const restart = async () => {
    await restLane.outcome.catch(() => {});
    restLane.reset();
    writes.reset();
    for (const c of caches) c.reset();
    marks?.abandon();
    from = await readCheckpoint(pool, opts.name);
    at = from;
    pending = 0;
    next = read(pool, at, size);
  };

  try {
    for (;;) {
      const events = await next;
      const last = events.at(-1);
      if (last) {
        at = feedPositionOf(last);
        next = read(pool, at, size);
        // Handled here so a failure of this batch does not leave the prefetch's rejection unobserved.
        next.catch(() => {});
        if (events.some((e) => restTypes.has(e.type))) await queueRest(events);
        // In slices, giving the event loop a turn between them: the rest lane's and the flushes' round trips are
        // answered while the fold goes on, not only after the whole batch.
        for (let i = 0; i < events.length; i += FOLD_SLICE) {
          const slice = events.slice(i, i + FOLD_SLICE);
          await Promise.all(caches.map((c) => c.apply(pool, slice)));
          await yieldToIo();
        }
        pending += events.length;
      }
      const full = pending >= limits.events || caches.some((c) => c.dirtyCount >= limits.docs || c.hottest >= limits.hotDoc);
      if (last && !full) writeEarly();
      if ((full || !last) && pending > 0) {
        const ok = await flush(at, pending);
        pending = 0;
        if (!ok) {
          await restart();
          continue;
        }
      }
      if (!last) {
        if (await writes.outcome) return applied;
        await restart();
      }
    }
  } catch (error) {
    // Nothing of this replay runs on after it failed: the writes already started end first.
    await Promise.allSettled([writes.outcome, restLane.outcome]);
    throw error;
  }
}
