import type { DocumentProjection } from '../../projections/types';
import { checkedClaimAnswer } from './claim-answer';
import { copayCapturedSql, copayCardLocks, lockCopayCards } from './copay-source';
import { claimKeyOf, evolveClaimDoc, type ClaimLineDoc, type ClaimReversalDoc, type PrescriptionClaimDoc } from './claim-doc';
import { iso, keyOf, splitKeys3 } from './medcard-event';

const CLAIM_COLUMNS = `card_id AS "cardId", prescription_id AS "prescriptionId", pharmacy_id AS "pharmacyId",
  beneficiary_id AS "beneficiaryId", status, rejection_code AS "rejectionCode", rejection_details AS "rejectionDetails",
  month, submitted, eligible, copay, benefit, remaining_before AS "remainingBefore", tier,
  copayment_percent AS "copaymentPercent", overrides_used AS "overridesUsed", version, decided_at AS "decidedAt",
  reversed_at AS "reversedAt", reversal_reason AS "reversalReason", reversal_note AS "reversalNote",
  reversed_by AS "reversedBy", reversed_by_kind AS "reversedByKind", wallet_copay_refunded AS "walletCopayRefunded"`;

export const LINE_COLUMNS = `card_id AS "cardId", pharmacy_id AS "pharmacyId", prescription_id AS "prescriptionId", line_no AS "lineNo",
  drug_code AS "drugCode", drug_name AS "drugName", quantity, unit_price AS "unitPrice", total_price AS "totalPrice",
  days_supply AS "daysSupply", submitted, eligible, copay, benefit, limited_by_monthly_limit AS "limitedByMonthlyLimit",
  uncapped_benefit AS "uncappedBenefit", rejection_code AS "rejectionCode", rejection_details AS "rejectionDetails"`;

/** (card, pharmacy, prescription) triples passed as three parallel arrays. */
export const TRIPLES = `(card_id, pharmacy_id, prescription_id) IN (SELECT * FROM unnest($1::text[], $2::text[], $3::text[]))`;

const UPSERT = `
INSERT INTO prescription_claims (card_id, prescription_id, pharmacy_id, beneficiary_id, status, rejection_code,
  rejection_details, month, submitted, eligible, copay, benefit, remaining_before, tier, copayment_percent, overrides_used,
  version, decided_at, reversed_at, reversal_reason, reversal_note, reversed_by, reversed_by_kind, wallet_copay_refunded, answer,
  answer_schema, copay_from_wallet)
SELECT u.*, ${copayCapturedSql('u')} FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::jsonb[], $8::text[],
  $9::bigint[], $10::bigint[], $11::bigint[], $12::bigint[], $13::bigint[], $14::text[], $15::int[], $16::jsonb[],
  $17::int[], $18::timestamptz[], $19::timestamptz[], $20::text[], $21::text[], $22::text[], $23::text[], $24::bigint[], $25::text[], $26::text[])
  AS u(card_id, prescription_id, pharmacy_id)
ON CONFLICT (card_id, pharmacy_id, prescription_id) DO UPDATE SET
  beneficiary_id = excluded.beneficiary_id, status = excluded.status, rejection_code = excluded.rejection_code,
  rejection_details = excluded.rejection_details, month = excluded.month, submitted = excluded.submitted,
  eligible = excluded.eligible, copay = excluded.copay, benefit = excluded.benefit,
  remaining_before = excluded.remaining_before, tier = excluded.tier, copayment_percent = excluded.copayment_percent,
  overrides_used = excluded.overrides_used, version = excluded.version, decided_at = excluded.decided_at,
  reversed_at = excluded.reversed_at, reversal_reason = excluded.reversal_reason, reversal_note = excluded.reversal_note,
  reversed_by = excluded.reversed_by, reversed_by_kind = excluded.reversed_by_kind,
  wallet_copay_refunded = excluded.wallet_copay_refunded, answer = excluded.answer,
  answer_schema = excluded.answer_schema, copay_from_wallet = excluded.copay_from_wallet
WHERE prescription_claims.version < excluded.version`;

const INSERT_LINES = `
INSERT INTO prescription_items (card_id, pharmacy_id, prescription_id, line_no, drug_code, drug_name, quantity, unit_price,
  total_price, days_supply, submitted, eligible, copay, benefit, limited_by_monthly_limit, uncapped_benefit, rejection_code,
  rejection_details)
SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[], $6::text[], $7::int[], $8::bigint[],
  $9::bigint[], $10::int[], $11::bigint[], $12::bigint[], $13::bigint[], $14::bigint[], $15::bool[], $16::bigint[],
  $17::text[], $18::jsonb[])`;

/** The reversal columns of a row, null unless the claim was reversed. */
export interface ReversalColumns {
  reversedAt: Date | null;
  reversalReason: string | null;
  reversalNote: string | null;
  reversedBy: string | null;
  reversedByKind: 'pharmacist' | 'staff' | null;
  walletCopayRefunded: number | null;
}
type ClaimRow = Omit<PrescriptionClaimDoc, 'decidedAt' | 'lines' | 'reversal'> & ReversalColumns & { decidedAt: Date };
type LineRow = ClaimLineDoc & { cardId: string; pharmacyId: string; prescriptionId: string };

export const reversalOf = (r: ReversalColumns): ClaimReversalDoc | null =>
  r.reversedAt && r.reversedBy && r.reversedByKind
    ? { at: iso(r.reversedAt), reason: r.reversalReason ?? '', note: r.reversalNote, by: r.reversedBy, byKind: r.reversedByKind, walletCopayRefunded: Number(r.walletCopayRefunded ?? 0) }
    : null;

const json = (v: unknown) => (v === null ? null : JSON.stringify(v));

/**
 * Prescription claims and their lines (`prescription_claims`, `prescription_items`), per (card, pharmacy, prescription);
 * each claim row also holds its answer with its lines (`answer`, see claim-answer.ts), rewritten with the row, and how its
 * copay was paid (`copay_from_wallet`, from the captured holds: copay-source.ts).
 */
export const claimProjection: DocumentProjection<PrescriptionClaimDoc> = {
  name: 'prescription_claims',
  canHandle: ['PrescriptionClaimApproved', 'PrescriptionClaimRejected', 'PrescriptionClaimReversed'],
  keyOf: claimKeyOf,
  evolve: evolveClaimDoc,
  locks: copayCardLocks,
  async load(tx, keys) {
    const claims = await tx.query<ClaimRow>(`SELECT ${CLAIM_COLUMNS} FROM prescription_claims WHERE ${TRIPLES}`, splitKeys3(keys));
    if (claims.rows.length === 0) return new Map();
    const lines = await tx.query<LineRow>(`SELECT ${LINE_COLUMNS} FROM prescription_items WHERE ${TRIPLES} ORDER BY line_no`, splitKeys3(keys));
    const docs = new Map<string, PrescriptionClaimDoc>(
      claims.rows.map((r) => {
        const { reversedAt, reversalReason, reversalNote, reversedBy, reversedByKind, walletCopayRefunded, ...rest } = r;
        const reversal = reversalOf({ reversedAt, reversalReason, reversalNote, reversedBy, reversedByKind, walletCopayRefunded });
        return [keyOf(r.cardId, r.pharmacyId, r.prescriptionId), { ...rest, decidedAt: iso(r.decidedAt), reversal, lines: [] }];
      }),
    );
    for (const { cardId, pharmacyId, prescriptionId, ...line } of lines.rows) docs.get(keyOf(cardId, pharmacyId, prescriptionId))?.lines.push(line);
    return docs;
  },
  async save(tx, docs) {
    if (docs.length === 0) return;
    const col = <K extends keyof PrescriptionClaimDoc>(k: K) => docs.map((d) => d[k]);
    const rev = <K extends keyof ClaimReversalDoc>(k: K) => docs.map((d) => (d.reversal ? d.reversal[k] : null));
    const answers = docs.map(checkedClaimAnswer);
    // The copay's source is read from the captured holds under the cards' lock (copay-source.ts).
    await lockCopayCards(tx, col('cardId'));
    await tx.query(UPSERT, [
      col('cardId'), col('prescriptionId'), col('pharmacyId'), col('beneficiaryId'), col('status'), col('rejectionCode'),
      docs.map((d) => json(d.rejectionDetails)), col('month'), col('submitted'), col('eligible'), col('copay'), col('benefit'),
      col('remainingBefore'), col('tier'), col('copaymentPercent'), docs.map((d) => json(d.overridesUsed)), col('version'),
      col('decidedAt'), rev('at'), rev('reason'), rev('note'), rev('by'), rev('byKind'), rev('walletCopayRefunded'),
      answers.map((a) => a.text), answers.map((a) => a.schema),
    ]);
    // Only newer decisions reach save (evolve is version-guarded), so their lines replace the old ones.
    await tx.query(`DELETE FROM prescription_items WHERE ${TRIPLES}`, [col('cardId'), col('pharmacyId'), col('prescriptionId')]);
    const lines = docs.flatMap((d) => d.lines.map((l) => ({ ...l, cardId: d.cardId, pharmacyId: d.pharmacyId, prescriptionId: d.prescriptionId })));
    const lc = <K extends keyof LineRow>(k: K) => lines.map((l) => l[k]);
    await tx.query(INSERT_LINES, [
      lc('cardId'), lc('pharmacyId'), lc('prescriptionId'), lc('lineNo'), lc('drugCode'), lc('drugName'), lc('quantity'),
      lc('unitPrice'), lc('totalPrice'), lc('daysSupply'), lc('submitted'), lc('eligible'), lc('copay'), lc('benefit'),
      lc('limitedByMonthlyLimit'), lc('uncappedBenefit'), lc('rejectionCode'), lines.map((l) => json(l.rejectionDetails)),
    ]);
  },
};
