-- Each prescription claim row holds its answer with its lines (`answer`: the API's claim shape without the names
-- joined at read time, as JSON text; written by the claim projection and the rebuild, see
-- read-models/medcards/claim-answer.ts), so a card's page of claims is read without a lookup of its lines per claim.
-- TEXT, not JSON: the text is always our own JSON.stringify, and a rebuild writes it for every claim (json would
-- validate each value again on the way in). Existing rows get the same text from their
-- columns and lines: details keep jsonb's key order, instants are written as Date.toISOString() writes them.
-- AlterTable
ALTER TABLE "prescription_claims" ADD COLUMN IF NOT EXISTS "answer" TEXT;

UPDATE "prescription_claims" c SET "answer" = json_build_object(
  'cardId', c.card_id, 'prescriptionId', c.prescription_id, 'pharmacyId', c.pharmacy_id, 'beneficiaryId', c.beneficiary_id,
  'status', c.status,
  'rejection', CASE WHEN c.rejection_code <> '' THEN json_build_object('code', c.rejection_code, 'details', coalesce(c.rejection_details, '{}'::jsonb)) END,
  'month', c.month, 'submitted', c.submitted, 'eligible', c.eligible, 'copay', c.copay, 'benefit', c.benefit,
  'remainingBefore', c.remaining_before, 'remainingAfter', c.remaining_before - c.benefit,
  'overridesUsed', (SELECT coalesce(json_agg(json_build_object('overrideId', o->'overrideId', 'drugCode', o->'drugCode') ORDER BY n), '[]')
    FROM jsonb_array_elements(c.overrides_used) WITH ORDINALITY AS x(o, n)),
  'decidedAt', to_char(c.decided_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
  'reversal', CASE WHEN c.reversed_at IS NOT NULL AND c.reversed_by <> '' AND c.reversed_by_kind <> '' THEN json_build_object(
    'at', to_char(c.reversed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'reason', coalesce(c.reversal_reason, ''),
    'note', c.reversal_note, 'by', c.reversed_by, 'byKind', c.reversed_by_kind, 'walletCopayRefunded', coalesce(c.wallet_copay_refunded, 0)) END,
  'lines', (SELECT coalesce(json_agg(json_build_object('lineNo', i.line_no, 'drugCode', i.drug_code, 'drugName', i.drug_name,
      'quantity', i.quantity, 'unitPrice', i.unit_price, 'totalPrice', i.total_price, 'daysSupply', i.days_supply,
      'submitted', i.submitted, 'eligible', i.eligible, 'copay', i.copay, 'benefit', i.benefit,
      'limitedByMonthlyLimit', i.limited_by_monthly_limit, 'uncappedBenefit', i.uncapped_benefit,
      'rejection', CASE WHEN i.rejection_code <> '' THEN json_build_object('code', i.rejection_code, 'details', coalesce(i.rejection_details, '{}'::jsonb)) END)
      ORDER BY i.line_no), '[]')
    FROM prescription_items i
    WHERE i.card_id = c.card_id AND i.pharmacy_id = c.pharmacy_id AND i.prescription_id = c.prescription_id))::text
WHERE c."answer" IS NULL;

ALTER TABLE "prescription_claims" ALTER COLUMN "answer" SET NOT NULL;
