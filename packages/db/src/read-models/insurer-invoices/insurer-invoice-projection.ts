import { evolveInsurerInvoice, insurerInvoiceEventTypes, type ExistingInsurerInvoice, type InsurerInvoiceEvent } from '@healthpay/domain';
import type { StoredEvent } from '../../event-store/types';
import type { DocumentProjection } from '../../projections/types';

/** The invoice as the domain folds it, with the stream version and times for the staff list. */
export interface InsurerInvoiceDoc extends ExistingInsurerInvoice {
  version: number;
  draftedAt: string;
  updatedAt: string;
}

/** Pure: the invoice row after one more event of its stream; one at or below the row's version was seen already. */
export function evolveInsurerInvoiceDoc(doc: InsurerInvoiceDoc | null, stored: StoredEvent): InsurerInvoiceDoc | null {
  if (doc && stored.version <= doc.version) return doc;
  const e = { type: stored.type, data: stored.data } as InsurerInvoiceEvent;
  const before = doc ?? { status: 'none' as const };
  const after = evolveInsurerInvoice(before, e);
  if (after.status === 'none') return doc;
  return { ...after, version: stored.version, draftedAt: doc?.draftedAt ?? e.data.at, updatedAt: e.data.at };
}

const COLUMNS = `invoice_id AS "invoiceId", insurer_key AS "insurerKey", insurer_name AS "insurerName", month, status, total, paid,
  lines, payments, credited, credits, version, drafted_at AS "draftedAt", updated_at AS "updatedAt"`;
export const INVOICE_SELECT = `SELECT ${COLUMNS} FROM insurer_invoices`;

const UPSERT = `
INSERT INTO insurer_invoices (invoice_id, insurer_key, insurer_name, month, status, total, paid, lines, payments, line_count,
  version, drafted_at, updated_at, credited, credits)
SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[], $7::bigint[], $8::jsonb[],
  $9::jsonb[], $10::int[], $11::int[], $12::timestamptz[], $13::timestamptz[], $14::bigint[], $15::jsonb[])
ON CONFLICT (invoice_id) DO UPDATE SET status = excluded.status, paid = excluded.paid, payments = excluded.payments,
  credited = excluded.credited, credits = excluded.credits, version = excluded.version, updated_at = excluded.updated_at
WHERE insurer_invoices.version < excluded.version`;

export type InvoiceRow = Omit<InsurerInvoiceDoc, 'draftedAt' | 'updatedAt'> & { draftedAt: Date; updatedAt: Date };
export const docOfRow = (r: InvoiceRow): InsurerInvoiceDoc => ({ ...r, draftedAt: r.draftedAt.toISOString(), updatedAt: r.updatedAt.toISOString() });

/** Insurer invoices (`insurer_invoices`), one row per insurer and month, lines and payments as JSON. */
export const insurerInvoiceProjection: DocumentProjection<InsurerInvoiceDoc> = {
  name: 'insurer_invoices',
  canHandle: insurerInvoiceEventTypes,
  keyOf: (e) => e.streamId,
  evolve: evolveInsurerInvoiceDoc,
  async load(tx, keys) {
    const res = await tx.query<InvoiceRow>(`${INVOICE_SELECT} WHERE invoice_id = ANY($1::text[])`, [keys]);
    return new Map(res.rows.map((r) => [r.invoiceId, docOfRow(r)]));
  },
  async save(tx, docs) {
    if (docs.length === 0) return;
    const col = <K extends keyof InsurerInvoiceDoc>(k: K) => docs.map((d) => d[k]);
    await tx.query(UPSERT, [col('invoiceId'), col('insurerKey'), col('insurerName'), col('month'), col('status'), col('total'), col('paid'),
      docs.map((d) => JSON.stringify(d.lines)), docs.map((d) => JSON.stringify(d.payments)), docs.map((d) => d.lines.length),
      col('version'), col('draftedAt'), col('updatedAt'), col('credited'), docs.map((d) => JSON.stringify(d.credits))]);
  },
};
