import {
  applyBatch, groupBy, ledgerProjection, lockShared, notifyProjected, projectedVersions, readModels, transactionProjection, walletProjection, type DocumentProjection,
  type EventStore, type Pool, type PoolClient, type StoredEvent, type VersionSource, type WalletDoc,
} from '@healthpay/db';
import { OneStatement } from './one-statement';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a heterogeneous list of document types
const projections: readonly DocumentProjection<any>[] = readModels;

/**
 * The read models a batch of money moves touches, whose writes can go as one statement (`OneStatement`): each loads
 * and writes only its own tables, and no two write the same one. A batch with an event for any other read model is
 * applied in a transaction, statement by statement, as before.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
const oneStatement: ReadonlySet<DocumentProjection<any>> = new Set([walletProjection, transactionProjection, ledgerProjection]);

/**
 * Applies a batch from the bus to the Postgres read models atomically (one statement for a batch of money moves, else one
 * transaction), as the embedded projector does: every read model of `readModels`, in its order, over the events in feed
 * order. Events already projected are dropped (by their aggregate type's `projectedVersions`; pg-apply.unit.spec.ts
 * checks every type a read model handles has one), and a version gap is filled from the event store first, so every
 * projection sees each aggregate's events once and in order. Returns how many gap events were filled.
 */
export async function applyToPostgres(pool: Pool, store: EventStore, events: StoredEvent[]): Promise<number> {
  const tx = await pool.connect();
  let open = false;
  try {
    const toApply: StoredEvent[] = [];
    let filled = 0;
    // A wallet's version is its `wallets` row's: loaded once, as the version check's rows and the projection's documents.
    // Read before any BEGIN: at READ COMMITTED each statement sees the latest commits, in a transaction or not.
    let wallets: Loaded<WalletDoc> | undefined;
    for (const [type, ofType] of groupBy(events, (e) => e.aggregateType)) {
      const source = type === 'wallet' ? walletVersions((loaded) => { wallets = loaded; }) : projectedVersions[type];
      if (!source) continue;
      const kept = await unprojected(tx, store, source, ofType);
      filled += kept.filled;
      toApply.push(...kept.events);
    }
    // Feed order, as embedded mode reads them: a settlement line placed by a close of the same batch sees it saved.
    toApply.sort((a, b) => a.transactionId - b.transactionId || a.position - b.position);
    const types = new Set(toApply.map((e) => e.type));
    // Only the read models with an event here: each of the others would scan the whole batch to find none.
    const touched = projections.filter((p) => p.canHandle.some((t) => types.has(t)));
    const withDocs = (p: DocumentProjection<unknown>) => (p === walletProjection && wallets ? preloaded(p, wallets) : p);
    if (touched.every((p) => oneStatement.has(p))) {
      const one = new OneStatement();
      for (const p of touched) await applyBatch(tx, savingTo(withDocs(p), one.client), toApply);
      await one.send(tx, events);
      return filled;
    }
    await tx.query('BEGIN');
    open = true;
    await lockShared(tx, touched, toApply);
    for (const p of touched) await applyBatch(tx, withDocs(p), toApply);
    await notifyProjected(tx, events);
    await tx.query('COMMIT');
    return filled;
  } catch (error) {
    if (open) await tx.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    tx.release();
  }
}

/** The projection, its `save` handed `client` instead of the transaction's. */
const savingTo = <Doc>(p: DocumentProjection<Doc>, client: PoolClient): DocumentProjection<Doc> => ({
  ...p,
  save: (_tx, docs) => p.save(client, docs),
});

/** The events of one aggregate type past what its read models show, with each stream's gap filled from the store. */
async function unprojected(tx: PoolClient, store: EventStore, source: VersionSource, ofType: StoredEvent[]) {
  const known = await source(tx, [...new Set(ofType.map((e) => e.streamId))]);
  const events: StoredEvent[] = [];
  let filled = 0;
  for (const [id, stream] of groupBy(ofType, (e) => e.streamId)) {
    let at = known.get(id) ?? 0;
    for (const e of stream.sort((a, b) => a.version - b.version)) {
      if (e.version <= at) continue;
      if (e.version > at + 1) {
        const missing = (await store.readStream(id, at)).filter((m) => m.version < e.version);
        filled += missing.length;
        events.push(...missing);
      }
      events.push(e);
      at = e.version;
    }
  }
  return { events, filled };
}

/** Documents a transaction has read already: `docs` holds those of `keys` that have a row. */
interface Loaded<Doc> { keys: ReadonlySet<string>; docs: Map<string, Doc> }

/** The `wallets` rows as documents, handed to `keep`, and their versions. */
const walletVersions = (keep: (loaded: Loaded<WalletDoc>) => void): VersionSource => async (tx, ids) => {
  const docs = await walletProjection.load(tx as PoolClient, ids);
  keep({ keys: new Set(ids), docs });
  return new Map([...docs].map(([id, d]) => [id, d.version]));
};

/** The projection, loading only the keys not read already (none, when every event's stream was version-checked). */
const preloaded = <Doc>(p: DocumentProjection<Doc>, loaded: Loaded<Doc>): DocumentProjection<Doc> => ({
  ...p,
  async load(tx, keys) {
    const rest = keys.filter((k) => !loaded.keys.has(k));
    const docs = rest.length > 0 ? await p.load(tx, rest) : new Map<string, Doc>();
    for (const k of keys) {
      const d = loaded.docs.get(k);
      if (d) docs.set(k, d);
    }
    return docs;
  },
});
