import type { DocumentProjection, Pool, PoolClient, StoredEvent } from '@healthpay/db';

/** Dropped keys remembered, so that keys never stored need no load; past this every missing key is loaded. */
const DROPPED_LIMIT = 1_000_000;
/** Docs per save statement. */
const SAVE_CHUNK = 10_000;

/**
 * One projection's documents held in memory across batches during a replay and written back only at flushes: a
 * wallet moved by 70 events of a replay is not loaded (its table was emptied) and is saved once per flush instead
 * of once per batch. The same fold and the same `save` as `applyBatch`, so the same rows; `settle` turns a doc being
 * saved into what `load` would return afterwards (the ledger's doc forgets the entries it inserts).
 */
export class DocumentCache<Doc> {
  private readonly handles: ReadonlySet<string>;
  private readonly docs = new Map<string, Doc>();
  /** Changed docs not yet taken for saving, with how many events changed each since. */
  private dirty = new Map<string, number>();
  private hottestCount = 0;
  /** Keys stored and dropped from `docs`; null when any key missing from `docs` may be in the table. */
  private dropped: Set<string> | null;

  /**
   * `emptied`: the table held no rows when the replay started, so a key never seen is not there. `limit`: docs kept;
   * past it, the docs already stored are dropped at the next flush (and loaded again when needed).
   * `forgetSaved`: the projection's docs never change once written (its `load` finds nothing to fold into), so a doc
   * taken for saving is not kept: holding it would only cost memory and garbage collection.
   */
  constructor(readonly projection: DocumentProjection<Doc>, emptied: boolean, private readonly limit = 100_000, private readonly forgetSaved = false) {
    this.handles = new Set(projection.canHandle);
    this.dropped = emptied ? new Set() : null;
  }

  get dirtyCount(): number {
    return this.dirty.size;
  }

  /** Most events folded into one unsaved doc: a doc that grows per event (the ledger's) is copied per event too. */
  get hottest(): number {
    return this.hottestCount;
  }

  /** Folds a batch into the cached docs, loading first only keys the table may hold. */
  async apply(pool: Pool, events: readonly StoredEvent[]): Promise<void> {
    const { projection: p, docs } = this;
    const relevant: StoredEvent[] = [];
    const keys: string[] = [];
    for (const e of events) {
      if (!this.handles.has(e.type)) continue;
      relevant.push(e);
      keys.push(p.keyOf(e));
    }
    const missing = [...new Set(keys.filter((k) => !docs.has(k) && (this.dropped === null || this.dropped.has(k))))];
    if (missing.length > 0) {
      const tx = await pool.connect();
      try {
        for (const [k, d] of await p.load(tx, missing)) docs.set(k, d);
      } finally {
        tx.release();
      }
      for (const k of missing) this.dropped?.delete(k);
    }
    relevant.forEach((e, i) => {
      const key = keys[i] as string;
      const before = docs.get(key) ?? null;
      const after = p.evolve(before, e);
      if (after && after !== before) {
        docs.set(key, after);
        const n = (this.dirty.get(key) ?? 0) + 1;
        this.dirty.set(key, n);
        if (n > this.hottestCount) this.hottestCount = n;
      }
    });
  }

  /**
   * Takes the changed docs out for saving (they stay cached, settled) and returns the save to run in a
   * transaction. Call only once the previous save committed: it first drops stored docs from a large cache.
   */
  takeChanges(): (tx: PoolClient) => Promise<void> {
    this.dropStored();
    const changed = [...this.dirty.keys()].map((k) => this.docs.get(k) as Doc);
    const settle = this.projection.settle;
    if (this.forgetSaved) for (const k of this.dirty.keys()) this.docs.delete(k);
    else if (settle) for (const k of this.dirty.keys()) this.docs.set(k, settle(this.docs.get(k) as Doc));
    this.dirty = new Map();
    this.hottestCount = 0;
    return async (tx) => {
      for (let i = 0; i < changed.length; i += SAVE_CHUNK) await this.projection.save(tx, changed.slice(i, i + SAVE_CHUNK));
    };
  }

  /**
   * Between flushes, for a doc that grows per event (the ledger's entries): the changed docs as they are, for `save`
   * to write what they added, and each doc `settle`d in the cache but still changed (the next flush saves it again,
   * with what it gained since). Like `takeChanges`, only once the previous save committed.
   */
  takeAppends(save: (tx: PoolClient, docs: Doc[]) => Promise<void>): (tx: PoolClient) => Promise<void> {
    const settle = this.projection.settle;
    if (!settle) throw new Error(`${this.projection.name} has no settle: nothing to take between flushes`);
    const taken: Doc[] = [];
    for (const [k, events] of this.dirty) {
      if (events === 0) continue;
      const doc = this.docs.get(k) as Doc;
      taken.push(doc);
      this.docs.set(k, settle(doc));
      this.dirty.set(k, 0);
    }
    this.hottestCount = 0;
    return async (tx) => {
      for (let i = 0; i < taken.length; i += SAVE_CHUNK) await save(tx, taken.slice(i, i + SAVE_CHUNK));
    };
  }

  private dropStored(): void {
    if (this.docs.size <= this.limit) return;
    for (const k of this.docs.keys()) {
      if (this.dirty.has(k)) continue;
      this.docs.delete(k);
      if (this.dropped && this.dropped.size < DROPPED_LIMIT) this.dropped.add(k);
      else this.dropped = null;
    }
  }

  /** Forgets everything (another writer moved the rows): every key is loaded again. */
  reset(): void {
    this.docs.clear();
    this.dirty.clear();
    this.hottestCount = 0;
    this.dropped = null;
  }
}
