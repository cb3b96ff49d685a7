import { applyBatch, groupBy, notifyProjected, projectedVersions, readModels, type DocumentProjection, type EventStore, type Pool, type PoolClient, type StoredEvent, type VersionSource } from '@healthpay/db';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a heterogeneous list of document types
const projections: readonly DocumentProjection<any>[] = readModels;

/**
 * Applies a batch from the bus to the Postgres read models in one transaction, as the embedded projector does: every
 * read model of `readModels`, in its order, over the events in feed order. Events already projected are dropped (by
 * their aggregate type's `projectedVersions`; pg-apply.unit.spec.ts checks every type a read model handles has one),
 * and a version gap is filled from the event store first, so every projection sees each aggregate's events once and
 * in order. Returns how many gap events were filled.
 */
export async function applyToPostgres(pool: Pool, store: EventStore, events: StoredEvent[]): Promise<number> {
  const tx = await pool.connect();
  try {
    await tx.query('BEGIN');
    const toApply: StoredEvent[] = [];
    let filled = 0;
    for (const [type, ofType] of groupBy(events, (e) => e.aggregateType)) {
      const source = projectedVersions[type];
      if (!source) continue;
      const kept = await unprojected(tx, store, source, ofType);
      filled += kept.filled;
      toApply.push(...kept.events);
    }
    // Feed order, as embedded mode reads them: a settlement line placed by a close of the same batch sees it saved.
    toApply.sort((a, b) => a.transactionId - b.transactionId || a.position - b.position);
    for (const p of projections) await applyBatch(tx, p, toApply);
    await notifyProjected(tx, events);
    await tx.query('COMMIT');
    return filled;
  } catch (error) {
    await tx.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    tx.release();
  }
}

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
