import type { DocumentProjection, Pool, PoolClient, StoredEvent } from '@healthpay/db';

/** Dropped keys remembered, so that keys never stored need no load; past this every missing key is loaded. */
const DROPPED_LIMIT = 1_000_000;
/** Docs per save statement. */
const SAVE_CHUNK = 10_000;

/** A cached doc, with how many events changed it since it was last taken for saving. */
interface Slot<Doc> {
  readonly key: string;
  doc: Doc;
  /** Events folded into it since it was last taken (`takeChanges` or `takeAppends`). */
  events: number;
  /** In `dirty`: changed since the last `takeChanges`. */
  dirty: boolean;
}

/**
 * One projection's documents held in memory across batches during a replay and written back only at flushes: a
 * wallet moved by 70 events of a replay is not loaded (its table was emptied) and is saved once per flush instead
 * of once per batch. The same fold and the same `save` as `applyBatch`, so the same rows; `settle` turns a doc being
 * saved into what `load` would return afterwards (the ledger's doc forgets the entries it inserts). Each doc sits in a
 * slot that also counts its changes, so folding an event costs one map lookup.
 */
export class DocumentCache<Doc> {
  private readonly handles: ReadonlySet<string>;
  private readonly slots = new Map<string, Slot<Doc>>();
  /** Slots changed since the last `takeChanges`. */
  private dirty: Slot<Doc>[] = [];
  private hottestCount = 0;
  /** Keys stored and dropped from `slots`; null when any key missing from `slots` may be in the table. */
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
    return this.dirty.length;
  }

  /** Most events folded into one unsaved doc: a doc that grows per event (the ledger's) is copied per event too. */
  get hottest(): number {
    return this.hottestCount;
  }

  /** Folds a batch into the cached docs, loading first only keys the table may hold. */
  async apply(pool: Pool, events: readonly StoredEvent[]): Promise<void> {
    const { projection: p, slots } = this;
    const relevant: StoredEvent[] = [];
    const keys: string[] = [];
    for (const e of events) {
      if (!this.handles.has(e.type)) continue;
      relevant.push(e);
      keys.push(p.keyOf(e));
    }
    // Emptied and nothing dropped yet: no key can be in the table without being in `slots`.
    if (this.dropped === null || this.dropped.size > 0) await this.loadMissing(pool, keys);
    for (let i = 0; i < relevant.length; i++) {
      const key = keys[i] as string;
      let slot = slots.get(key);
      const before = slot ? slot.doc : null;
      const after = p.evolve(before, relevant[i] as StoredEvent);
      if (!after || after === before) continue;
      if (slot) slot.doc = after;
      else slots.set(key, (slot = { key, doc: after, events: 0, dirty: false }));
      if (!slot.dirty) {
        slot.dirty = true;
        this.dirty.push(slot);
      }
      if (++slot.events > this.hottestCount) this.hottestCount = slot.events;
    }
  }

  private async loadMissing(pool: Pool, keys: readonly string[]): Promise<void> {
    const { dropped, slots } = this;
    const missing = [...new Set(keys.filter((k) => !slots.has(k) && (dropped === null || dropped.has(k))))];
    if (missing.length === 0) return;
    const tx = await pool.connect();
    try {
      for (const [key, doc] of await this.projection.load(tx, missing)) slots.set(key, { key, doc, events: 0, dirty: false });
    } finally {
      tx.release();
    }
    for (const k of missing) dropped?.delete(k);
  }

  /**
   * Takes the changed docs out for saving (they stay cached, settled) and returns the save to run in a
   * transaction. Call only once the previous save committed: it first drops stored docs from a large cache.
   */
  takeChanges(): (tx: PoolClient) => Promise<void> {
    this.dropStored();
    const taken = this.dirty;
    const changed = taken.map((s) => s.doc);
    const settle = this.projection.settle;
    for (const s of taken) {
      s.dirty = false;
      s.events = 0;
      if (this.forgetSaved) this.slots.delete(s.key);
      else if (settle) s.doc = settle(s.doc);
    }
    this.dirty = [];
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
    for (const s of this.dirty) {
      if (s.events === 0) continue;
      taken.push(s.doc);
      s.doc = settle(s.doc);
      s.events = 0;
    }
    this.hottestCount = 0;
    return async (tx) => {
      for (let i = 0; i < taken.length; i += SAVE_CHUNK) await save(tx, taken.slice(i, i + SAVE_CHUNK));
    };
  }

  private dropStored(): void {
    if (this.slots.size <= this.limit) return;
    for (const [k, s] of this.slots) {
      if (s.dirty) continue;
      this.slots.delete(k);
      if (this.dropped && this.dropped.size < DROPPED_LIMIT) this.dropped.add(k);
      else this.dropped = null;
    }
  }

  /** Forgets everything (another writer moved the rows): every key is loaded again. */
  reset(): void {
    this.slots.clear();
    this.dirty = [];
    this.hottestCount = 0;
    this.dropped = null;
  }
}
