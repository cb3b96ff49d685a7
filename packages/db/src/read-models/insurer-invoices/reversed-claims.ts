import type { InsurerInvoiceLine } from '@healthpay/domain';
import type { Pool } from '../../postgres/pool';

/*
 * The invoice's lines whose claim is reversed now (prescription_claims.status 'reversed'; an approval is final, so a
 * reversed claim stays reversed) and that no credit note of the invoice lists yet, in the invoice's line order. Each
 * line is one primary-key probe of prescription_claims; the credited keys are an anti-join, not a scan per line.
 */
const SQL = `
WITH inv AS (SELECT lines, credits FROM insurer_invoices WHERE invoice_id = $1),
line AS (
  SELECT e.l->>'cardId' AS card_id, e.l->>'pharmacyId' AS pharmacy_id, e.l->>'prescriptionId' AS prescription_id,
         (e.l->>'benefit')::bigint AS benefit, e.l->>'approvedAt' AS approved_at, e.n
    FROM inv, jsonb_array_elements(inv.lines) WITH ORDINALITY AS e(l, n)
),
credited AS (
  SELECT cl->>'cardId' AS card_id, cl->>'pharmacyId' AS pharmacy_id, cl->>'prescriptionId' AS prescription_id
    FROM inv, jsonb_array_elements(inv.credits) c, jsonb_array_elements(c->'lines') cl
)
SELECT line.card_id AS "cardId", line.pharmacy_id AS "pharmacyId", line.prescription_id AS "prescriptionId",
       line.benefit, line.approved_at AS "approvedAt"
  FROM line
  JOIN prescription_claims pc
    ON pc.card_id = line.card_id AND pc.pharmacy_id = line.pharmacy_id AND pc.prescription_id = line.prescription_id
 WHERE pc.status = 'reversed'
   AND NOT EXISTS (SELECT 1 FROM credited cr
                    WHERE cr.card_id = line.card_id AND cr.pharmacy_id = line.pharmacy_id AND cr.prescription_id = line.prescription_id)
 ORDER BY line.n`;

/** Claims an invoice billed that were reversed since and are not credited on it yet ([] for no such invoice). */
export async function reversedClaimsToCredit(pool: Pool, invoiceId: string): Promise<InsurerInvoiceLine[]> {
  return (await pool.query<InsurerInvoiceLine>(SQL, [invoiceId])).rows;
}
