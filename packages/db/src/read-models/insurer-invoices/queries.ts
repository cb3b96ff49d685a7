import { insurerKeyOf, type InsurerInvoiceLine, type InsurerInvoiceStatus } from '@healthpay/domain';
import type { Pool } from '../../postgres/pool';
import { docOfRow, INVOICE_SELECT, type InsurerInvoiceDoc, type InvoiceRow } from './insurer-invoice-projection';

export interface InsurerRef {
  insurerKey: string;
  /** As the first card naming this insurer spelled it. */
  insurerName: string;
  cards: number;
}

/** Insurers named on cards, one per key (spellings that normalise alike are one insurer). */
export async function listInsurers(pool: Pool): Promise<InsurerRef[]> {
  const res = await pool.query<{ provider: string; cards: number }>(
    `SELECT insurance_provider AS provider, count(*)::int AS cards FROM medcards WHERE insurance_provider IS NOT NULL
      GROUP BY insurance_provider ORDER BY min(issued_at)`,
  );
  const byKey = new Map<string, InsurerRef>();
  for (const r of res.rows) {
    const key = insurerKeyOf(r.provider);
    const seen = byKey.get(key);
    byKey.set(key, seen ? { ...seen, cards: seen.cards + r.cards } : { insurerKey: key, insurerName: r.provider, cards: r.cards });
  }
  return [...byKey.values()].sort((a, b) => a.insurerKey.localeCompare(b.insurerKey));
}

/**
 * The approved benefits of a Cairo month on cards whose insurer has this key: what the insurer is invoiced.
 * Rejected claims (and reversed ones, whose status is no longer approved or partial) are left out.
 */
export async function insurerBenefitLines(pool: Pool, insurerKey: string, month: string): Promise<InsurerInvoiceLine[]> {
  const providers = (await pool.query<{ p: string }>('SELECT DISTINCT insurance_provider AS p FROM medcards WHERE insurance_provider IS NOT NULL'))
    .rows.map((r) => r.p).filter((p) => insurerKeyOf(p) === insurerKey);
  if (providers.length === 0) return [];
  const res = await pool.query<{ cardId: string; pharmacyId: string; prescriptionId: string; benefit: number; decidedAt: Date }>(
    `SELECT c.card_id AS "cardId", c.pharmacy_id AS "pharmacyId", c.prescription_id AS "prescriptionId", c.benefit, c.decided_at AS "decidedAt"
       FROM prescription_claims c JOIN medcards m ON m.card_id = c.card_id
      WHERE m.insurance_provider = ANY($1::text[]) AND c.month = $2 AND c.status IN ('approved', 'partial') AND c.benefit > 0
      ORDER BY c.decided_at, c.card_id, c.prescription_id`,
    [providers, month],
  );
  return res.rows.map((r) => ({ cardId: r.cardId, pharmacyId: r.pharmacyId, prescriptionId: r.prescriptionId, benefit: r.benefit, approvedAt: r.decidedAt.toISOString() }));
}

export type InsurerInvoiceSummary = Omit<InsurerInvoiceDoc, 'lines'> & { lineCount: number };

export async function listInsurerInvoices(pool: Pool, filter: { insurerKey?: string; status?: InsurerInvoiceStatus; limit: number }): Promise<InsurerInvoiceSummary[]> {
  const res = await pool.query<InvoiceRow & { lineCount: number }>(
    `${INVOICE_SELECT.replace(' FROM', ', line_count AS "lineCount" FROM')}
      WHERE ($1::text IS NULL OR insurer_key = $1) AND ($2::text IS NULL OR status = $2)
      ORDER BY month DESC, insurer_key LIMIT $3`,
    [filter.insurerKey ?? null, filter.status ?? null, filter.limit],
  );
  return res.rows.map((r) => {
    const { lines: _lines, ...rest } = docOfRow(r);
    return { ...rest, lineCount: r.lineCount };
  });
}

export async function getInsurerInvoice(pool: Pool, invoiceId: string): Promise<InsurerInvoiceDoc | null> {
  const res = await pool.query<InvoiceRow>(`${INVOICE_SELECT} WHERE invoice_id = $1`, [invoiceId]);
  const row = res.rows[0];
  return row ? docOfRow(row) : null;
}
