import { applyBatch, groupBy, notifyProjected, insurerInvoiceReadModels, ledgerReadModels, medcardReadModels, paymentReadModels, pharmacyReadModels, walletReadModels, type DocumentProjection, type EventStore, type Pool, type PoolClient, type StoredEvent } from '@healthpay/db';

type VersionSource = (tx: PoolClient, ids: string[]) => Promise<Map<string, number>>;

/** How far each aggregate type's Postgres read models have got, per aggregate. */
const versionSources: Record<string, VersionSource> = {
  wallet: async (tx, ids) => {
    const res = await tx.query<{ wallet_id: string; version: number }>({ name: 'hp_project_versions_wallet', text: 'SELECT wallet_id, version FROM wallets WHERE wallet_id = ANY($1)', values: [ids] });
    return new Map(res.rows.map((r) => [r.wallet_id, r.version]));
  },
  // The card row's version follows every event on the card stream.
  medcard: async (tx, ids) => {
    const res = await tx.query<{ card_id: string; version: number }>({ name: 'hp_project_versions_medcard', text: 'SELECT card_id, version FROM medcards WHERE card_id = ANY($1)', values: [ids] });
    return new Map(res.rows.map((r) => [r.card_id, r.version]));
  },
  // Unmatched-notification streams have no payments row: their one event (version 1) is insert-only.
  payment: async (tx, ids) => {
    const uuids = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
    const res = await tx.query<{ payment_id: string; version: number }>({ name: 'hp_project_versions_payment', text: 'SELECT payment_id::text, version FROM payments WHERE payment_id = ANY($1::uuid[])', values: [uuids] });
    return new Map(res.rows.map((r) => [r.payment_id, r.version]));
  },
  // Rows from before onboarding have no events (version 0): the registration is their version 1.
  pharmacy: async (tx, ids) => {
    const res = await tx.query<{ id: string; version: number }>({ name: 'hp_project_versions_pharmacy', text: 'SELECT id, version FROM pharmacies WHERE id = ANY($1)', values: [ids] });
    return new Map(res.rows.map((r) => [r.id, r.version]));
  },
  // Settlement statements: until their own read model is listed here, the ledger's per-stream version is the guard.
  settlement: async (tx, ids) => {
    const res = await tx.query<{ stream_id: string; version: number }>({ name: 'hp_project_versions_settlement', text: 'SELECT stream_id, version FROM ledger_streams WHERE stream_id = ANY($1)', values: [ids] });
    return new Map(res.rows.map((r) => [r.stream_id, r.version]));
  },
  'insurer-invoice': async (tx, ids) => {
    const res = await tx.query<{ invoice_id: string; version: number }>({ name: 'hp_project_versions_insurer_invoice', text: 'SELECT invoice_id, version FROM insurer_invoices WHERE invoice_id = ANY($1)', values: [ids] });
    return new Map(res.rows.map((r) => [r.invoice_id, r.version]));
  },
};

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
      const source = versionSources[type];
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
