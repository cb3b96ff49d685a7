import type { PoolClient } from '../postgres/pool';
import type { StoredEvent } from '../event-store/types';

/**
 * A read model kept as documents: `evolve` is pure and must return the same document when it sees
 * an event twice (guard on the stream version); `load`/`save` are the only I/O.
 */
export interface DocumentProjection<Doc> {
  name: string;
  canHandle: readonly string[];
  /** Key of the document an event touches. */
  keyOf(event: StoredEvent): string;
  evolve(doc: Doc | null, event: StoredEvent): Doc | null;
  load(tx: PoolClient, keys: string[]): Promise<Map<string, Doc>>;
  save(tx: PoolClient, docs: Doc[]): Promise<void>;
  /**
   * The document as `load` would return it once `save` stored it, for a replay that keeps documents in memory
   * across batches (the ledger's doc drops the entries it has inserted). Absent: the same document.
   */
  settle?(doc: Doc): Doc;
  /**
   * A lock this projection's `save` takes in parts (one key per document) and shares with other projections: a
   * transaction saving through two of them takes it whole first (`lockShared`), else two such transactions, each
   * holding a part from its first projection, can wait on each other in their second.
   */
  locks?: SharedLocks;
}

/** A lock taken in parts by the projections that share it (`DocumentProjection.locks`). */
export interface SharedLocks {
  /** Takes the whole lock, exclusively, until the transaction ends: every part's holder takes it (shared) first. */
  whole(tx: PoolClient): Promise<void>;
}

/** Folds a batch of events into documents in memory: one load and one save per batch. */
export async function applyBatch<Doc>(
  tx: PoolClient,
  projection: DocumentProjection<Doc>,
  events: StoredEvent[],
): Promise<void> {
  const relevant = events.filter((e) => projection.canHandle.includes(e.type));
  if (relevant.length === 0) return;
  const keys = [...new Set(relevant.map((e) => projection.keyOf(e)))];
  const docs = await projection.load(tx, keys);
  const changed = new Set<string>();
  for (const e of relevant) {
    const key = projection.keyOf(e);
    const before = docs.get(key) ?? null;
    const after = projection.evolve(before, e);
    if (after && after !== before) {
      docs.set(key, after);
      changed.add(key);
    }
  }
  await projection.save(tx, [...changed].map((k) => docs.get(k)).filter((d): d is Doc => d !== undefined));
}
