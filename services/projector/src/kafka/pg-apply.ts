import { applyBatch, groupBy, notifyProjected, insurerInvoiceReadModels, projectedVersions, ledgerReadModels, medcardReadModels, paymentReadModels, pharmacyReadModels, walletReadModels, type DocumentProjection, type EventStore, type Pool, type StoredEvent } from '@healthpay/db';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a heterogeneous list of document types
const projectionsFor: Record<string, readonly DocumentProjection<any>[]> = {
  // The ledger posts from wallets, cards, payments and invoices; its own per-stream version guard makes repeats harmless.
  wallet: [...walletReadModels, ...ledgerReadModels], medcard: [...medcardReadModels, ...ledgerReadModels],
  payment: [...paymentReadModels, ...ledgerReadModels], pharmacy: pharmacyReadModels,
  'insurer-invoice': [...insurerInvoiceReadModels, ...ledgerReadModels], settlement: ledgerReadModels,
};

/**
 * Applies a batch from the bus to the Postgres read models in one transaction: events already
 * projected are dropped, and a version gap is filled from the event store first, so every projection
 * sees each aggregate's events once and in order. Returns how many gap events were filled.
 */
export async function applyToPostgres(pool: Pool, store: EventStore, events: StoredEvent[]): Promise<number> {
  let filled = 0;
  const tx = await pool.connect();
  try {
    await tx.query('BEGIN');
    for (const [type, ofType] of groupBy(events, (e) => e.aggregateType)) {
      const source = projectedVersions[type];
      const projections = projectionsFor[type];
      if (!source || !projections) continue;
      const known = await source(tx, [...new Set(ofType.map((e) => e.streamId))]);
      const toApply: StoredEvent[] = [];
      for (const [id, stream] of groupBy(ofType, (e) => e.streamId)) {
        let at = known.get(id) ?? 0;
        for (const e of stream.sort((a, b) => a.version - b.version)) {
          if (e.version <= at) continue;
          if (e.version > at + 1) {
            const missing = (await store.readStream(id, at)).filter((m) => m.version < e.version);
            filled += missing.length;
            toApply.push(...missing);
          }
          toApply.push(e);
          at = e.version;
        }
      }
      for (const p of projections) await applyBatch(tx, p, toApply);
    }
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
