import type { Pool } from '../../postgres/pool';
import { turnBatched } from '../../postgres/turn-batch';
import type { ClaimAnswer } from './claim-answer';
import type { ClaimLineDoc, PrescriptionClaimDoc, PrescriptionClaimStatus } from './claim-doc';
import { reversalOf, type ReversalColumns } from './claim-projection';
import { encodeCursor, type KeysetCursor } from './cursor';
import { containsPattern } from '../../util/like';

export type PrescriptionClaimRow = Omit<PrescriptionClaimDoc, 'version'> & {
  pharmacyName: string | null;
  pharmacyNameAr: string | null;
  beneficiaryName: string | null;
  /** How the patient paid the copay: `wallet` when the pharmacy captured a copay hold for this claim, else `cash`. */
  copayPaidFrom: CopayPaidFrom;
};

export type CopayPaidFrom = 'wallet' | 'cash';

/**
 * The copay hold of a claim carries the reference `copay:<cardId>:<pharmacyId>:<prescriptionId>` (card numbers
 * and pharmacy ids have no colon); holds placed before claims were per pharmacy carry `copay:<cardId>:<prescriptionId>`.
 * Its capture is the wallet payment, which the projections keep on the claim's row (copay-source.ts).
 */
export { copayHoldReference, legacyCopayHoldReference } from './copay-source';

/** Whether the claim's copay was captured from the wallet (a copay hold of this claim's pharmacy), as kept on its row. */
const COPAY_PAID_FROM = `CASE WHEN c.copay_from_wallet THEN 'wallet' ELSE 'cash' END`;

const CLAIM_SELECT = `SELECT c.card_id AS "cardId", c.prescription_id AS "prescriptionId", c.pharmacy_id AS "pharmacyId",
  p.name AS "pharmacyName", p.name_ar AS "pharmacyNameAr", c.beneficiary_id AS "beneficiaryId", b.name AS "beneficiaryName", c.status,
  c.rejection_code AS "rejectionCode", c.rejection_details AS "rejectionDetails", c.month, c.submitted, c.eligible, c.copay,
  c.benefit, c.remaining_before AS "remainingBefore", c.tier, c.copayment_percent AS "copaymentPercent",
  c.overrides_used AS "overridesUsed", c.decided_at AS "decidedAt",
  c.reversed_at AS "reversedAt", c.reversal_reason AS "reversalReason", c.reversal_note AS "reversalNote",
  c.reversed_by AS "reversedBy", c.reversed_by_kind AS "reversedByKind", c.wallet_copay_refunded AS "walletCopayRefunded",
  ${COPAY_PAID_FROM} AS "copayPaidFrom",
  (SELECT coalesce(json_agg(json_build_object('lineNo', i.line_no, 'drugCode', i.drug_code, 'drugName', i.drug_name,
      'quantity', i.quantity, 'unitPrice', i.unit_price, 'totalPrice', i.total_price, 'daysSupply', i.days_supply,
      'submitted', i.submitted, 'eligible', i.eligible, 'copay', i.copay, 'benefit', i.benefit,
      'limitedByMonthlyLimit', i.limited_by_monthly_limit, 'uncappedBenefit', i.uncapped_benefit,
      'rejectionCode', i.rejection_code, 'rejectionDetails', i.rejection_details) ORDER BY i.line_no), '[]')
    FROM prescription_items i
    WHERE i.card_id = c.card_id AND i.pharmacy_id = c.pharmacy_id AND i.prescription_id = c.prescription_id) AS lines
  FROM prescription_claims c
  LEFT JOIN pharmacies p ON p.id = c.pharmacy_id
  LEFT JOIN medcard_beneficiaries b ON b.card_id = c.card_id AND b.beneficiary_id = c.beneficiary_id`;

/**
 * A claim row with its lines, read in the same statement (one JSON array per claim, in line order: parsed by
 * `JSON.parse` in the driver, and one round trip instead of a second query for the page's lines).
 */
type RawClaim = Omit<PrescriptionClaimRow, 'decidedAt' | 'reversal'> & ReversalColumns & { decidedAt: Date };

// Spelled out rather than `{ a, b, ...rest }`: copying a row minus some keys is V8's slow path, and a page of
// claims is many such objects.
const claimOf = (r: RawClaim): PrescriptionClaimRow => ({
  cardId: r.cardId, prescriptionId: r.prescriptionId, pharmacyId: r.pharmacyId, pharmacyName: r.pharmacyName, pharmacyNameAr: r.pharmacyNameAr,
  beneficiaryId: r.beneficiaryId, beneficiaryName: r.beneficiaryName, status: r.status, rejectionCode: r.rejectionCode,
  rejectionDetails: r.rejectionDetails, month: r.month, submitted: r.submitted, eligible: r.eligible, copay: r.copay, benefit: r.benefit,
  remainingBefore: r.remainingBefore, tier: r.tier, copaymentPercent: r.copaymentPercent, overridesUsed: r.overridesUsed,
  decidedAt: r.decidedAt.toISOString(), copayPaidFrom: r.copayPaidFrom, reversal: reversalOf(r), lines: safeLines(r.lines),
});

const LINE_MONEY = ['unitPrice', 'totalPrice', 'submitted', 'eligible', 'copay', 'benefit'] as const;
/**
 * The lines' BIGINTs arrive as JSON numbers, not through the driver's int8 parser: refused the same way when a
 * double cannot hold one exactly (a rounded value past 2^53 is never a safe integer), so money is never rounded.
 */
function safeLines<L extends Pick<ClaimLineDoc, (typeof LINE_MONEY)[number] | 'uncappedBenefit'>>(lines: L[]): L[] {
  for (const l of lines) {
    for (const k of LINE_MONEY) safeMoney(l[k]);
    if (l.uncappedBenefit !== null) safeMoney(l.uncappedBenefit);
  }
  return lines;
}

function safeMoney(n: number): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`int8 value out of safe range: ${n}`);
}

/** One claim: (card, pharmacy, prescription). */
export async function getPrescriptionClaim(pool: Pool, cardId: string, pharmacyId: string, prescriptionId: string): Promise<PrescriptionClaimRow | null> {
  const res = await pool.query<RawClaim>(`${CLAIM_SELECT} WHERE c.card_id = $1 AND c.pharmacy_id = $2 AND c.prescription_id = $3`, [cardId, pharmacyId, prescriptionId]);
  const row = res.rows[0];
  return row ? claimOf(row) : null;
}

/** Every pharmacy's claim under a prescription id on a card (staff and patient views; usually one). */
export async function findPrescriptionClaims(pool: Pool, cardId: string, prescriptionId: string): Promise<PrescriptionClaimRow[]> {
  const res = await pool.query<RawClaim>(`${CLAIM_SELECT} WHERE c.card_id = $1 AND c.prescription_id = $2 ORDER BY c.decided_at`, [cardId, prescriptionId]);
  return res.rows.map(claimOf);
}

export interface ClaimFilter {
  cardId?: string;
  pharmacyId?: string;
  status?: PrescriptionClaimStatus;
  /** Africa/Cairo calendar days, both inclusive (YYYY-MM-DD). */
  from?: string;
  to?: string;
  /** The start of the prescription id, any case (the counter's search). */
  prescriptionPrefix?: string;
  /** Part of the beneficiary's name, any case (the counter's search). */
  patientName?: string;
  /** Decoded `nextCursor` of the previous page (newest decision first). */
  cursor?: KeysetCursor;
  limit: number;
}

/**
 * The cursor's `id` is the prescription id and the pharmacy, NUL-separated: two pharmacies' claims under one id
 * on one card may share a decision instant. A cursor from before (no NUL) reads as pharmacy ''.
 */
const cursorId = (r: { prescriptionId: string; pharmacyId: string }) => `${r.prescriptionId}\u0000${r.pharmacyId}`;

/** One filter of a claim listing: its SQL with `$` for its parameters' numbers, and their values. */
type Condition = [sql: (...n: number[]) => string, ...values: unknown[]];

/**
 * The listing's WHERE, with only the filters given: one named statement per combination of them (a handful),
 * so Postgres plans each once per connection — the one-size statement with `$1 IS NULL OR …` for every filter
 * was planned anew on every call — and the page of a card reads its index directly.
 */
function claimConditions(f: ClaimFilter, ref: (n: number) => string = (n) => `$${n}`): { key: string; where: string; values: unknown[] } {
  const c = f.cursor;
  const conditions: [string, Condition][] = [];
  if (f.cardId !== undefined) conditions.push(['c', [(n) => `c.card_id = ${ref(n)}`, f.cardId]]);
  if (f.pharmacyId !== undefined) conditions.push(['p', [(n) => `c.pharmacy_id = ${ref(n)}`, f.pharmacyId]]);
  if (f.status !== undefined) conditions.push(['s', [(n) => `c.status = ${ref(n)}`, f.status]]);
  if (f.from !== undefined) conditions.push(['f', [(n) => `c.decided_at >= (${ref(n)}::date::timestamp AT TIME ZONE 'Africa/Cairo')`, f.from]]);
  if (f.to !== undefined) conditions.push(['t', [(n) => `c.decided_at < ((${ref(n)}::date + 1)::timestamp AT TIME ZONE 'Africa/Cairo')`, f.to]]);
  if (c) {
    const [rx = '', pharmacy = ''] = c.id.split('\u0000');
    conditions.push(['k', [(a, b, d, e) => `(c.decided_at, c.card_id, c.prescription_id, c.pharmacy_id) < (${ref(a)}::timestamptz, ${ref(b)}::text, ${ref(d)}::text, ${ref(e)}::text)`, c.at, c.cardId, rx, pharmacy]]);
  }
  if (f.prescriptionPrefix) conditions.push(['x', [(n) => `c.prescription_id ILIKE ${ref(n)}::text || '%'`, f.prescriptionPrefix.replace(/[\\%_]/g, '\\$&')]]);
  if (f.patientName) conditions.push(['n', [(n) => `b.name ILIKE ${ref(n)}`, containsPattern(f.patientName)]]);
  const values: unknown[] = [];
  const where = conditions.map(([, [sql, ...vs]]) => {
    const numbers = vs.map((v) => values.push(v));
    return sql(...numbers);
  });
  return { key: conditions.map(([k]) => k).join(''), where: where.length ? `WHERE ${where.join(' AND ')}` : '', values };
}

const PAGE_ORDER = 'ORDER BY c.decided_at DESC, c.card_id DESC, c.prescription_id DESC, c.pharmacy_id DESC';

/** A page's rows (one more than asked for: the sign of a next page) as the listing's answer. */
function pageOf(rows: RawClaim[], limit: number): { items: PrescriptionClaimRow[]; nextCursor: string | null } {
  const items = rows.slice(0, limit).map(claimOf);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor({ at: last.decidedAt, cardId: last.cardId, id: cursorId(last) }) : null };
}

/** Claims of a card or a pharmacy (or all, for staff), newest first, keyset-paginated. */
export async function listPrescriptionClaims(pool: Pool, f: ClaimFilter): Promise<{ items: PrescriptionClaimRow[]; nextCursor: string | null }> {
  const { key, where, values } = claimConditions(f);
  const res = await pool.query<RawClaim>({
    name: `hp_claims_${key}`,
    text: `${CLAIM_SELECT} ${where} ${PAGE_ORDER} LIMIT $${values.length + 1}`,
    values: [...values, f.limit + 1],
  });
  return pageOf(res.rows, f.limit);
}

/** A claim of a card's page: its stored answer with the names joined and how the copay was paid (the API's `claimView`). */
export type CardClaimView = ClaimAnswer & {
  pharmacyName: string | null;
  pharmacyNameAr: string | null;
  beneficiaryName: string | null;
  copaymentPercent: number | null;
  copayPaidFrom: CopayPaidFrom;
};

/** A row of a card's page: the stored answer as read, and what is joined to it. */
export interface CardClaimRow {
  holderUserId: string;
  /** JSON text (`checkedClaimAnswer`). */
  answer: string | null;
  /** The claim view schema's version the answer was checked against when written (`CLAIM_VIEW_SCHEMA`), else null. */
  answerSchema: string | null;
  pharmacyName: string | null;
  pharmacyNameAr: string | null;
  beneficiaryName: string | null;
  copaymentPercent: number | null;
  copayPaidFrom: CopayPaidFrom;
}

/**
 * `listPrescriptionClaims` of one card, its rows as read (each claim's stored answer as text, not parsed), together
 * with the card's holder (null when there is no such card), in one statement: the access check and the page in one
 * round trip. The caller checks the holder before answering with the page. Only the last claim of a page that has a
 * next one is parsed, for the cursor. `cardClaimOf` makes a row the API's claim view.
 */
export async function listCardClaimRowsWithHolder(
  pool: Pool,
  cardId: string,
  f: Omit<ClaimFilter, 'cardId' | 'pharmacyId'>,
): Promise<{ holderUserId: string | null; rows: CardClaimRow[]; nextCursor: string | null }> {
  // The card's condition comes first, so it is $1 for the card row too.
  const filter = { ...f, cardId };
  const { key, values } = claimConditions(filter);
  const all = await cardAnswersOf(key, filter)(pool, [...values, f.limit + 1]);
  // A card without (matching) claims comes back as one row of the card alone.
  const rows = all.filter((r) => r.answer !== null);
  const page = rows.length > f.limit ? rows.slice(0, f.limit) : rows;
  const last = rows.length > f.limit ? page.at(-1) : undefined;
  const at = last && cardClaimOf(last);
  return {
    holderUserId: all[0]?.holderUserId ?? null,
    rows: page,
    nextCursor: at ? encodeCursor({ at: at.decidedAt, cardId: at.cardId, id: cursorId(at) }) : null,
  };
}

/**
 * `listCardClaimRowsWithHolder` in the API's shape: each claim is its stored answer (lines included, one `JSON.parse`)
 * with the names appended in the view's key order: no lookup of lines, no per-column parsing, no mapping.
 */
export async function listCardClaimsWithHolder(
  pool: Pool,
  cardId: string,
  f: Omit<ClaimFilter, 'cardId' | 'pharmacyId'>,
): Promise<{ holderUserId: string | null; items: CardClaimView[]; nextCursor: string | null }> {
  const { holderUserId, rows, nextCursor } = await listCardClaimRowsWithHolder(pool, cardId, f);
  return { holderUserId, items: rows.map(cardClaimOf), nextCursor };
}

const CARD_ANSWER_PAGE = (where: string, limit: string) => `SELECT c.answer, c.answer_schema, p.name AS "pharmacyName", p.name_ar AS "pharmacyNameAr",
         b.name AS "beneficiaryName", c.copayment_percent AS "copaymentPercent", ${COPAY_PAID_FROM} AS "copayPaidFrom",
         c.decided_at, c.card_id, c.prescription_id, c.pharmacy_id
         FROM prescription_claims c
         LEFT JOIN pharmacies p ON p.id = c.pharmacy_id
         LEFT JOIN medcard_beneficiaries b ON b.card_id = c.card_id AND b.beneficiary_id = c.beneficiary_id
         ${where} ${PAGE_ORDER} LIMIT ${limit}`;
const CARD_ANSWER_COLUMNS = `m.holder_user_id AS "holderUserId", page.answer, page.answer_schema AS "answerSchema", page."pharmacyName", page."pharmacyNameAr", page."beneficiaryName",
       page."copaymentPercent", page."copayPaidFrom"`;
const CARD_ANSWER_ORDER = 'page.decided_at DESC, page.card_id DESC, page.prescription_id DESC, page.pharmacy_id DESC';

/**
 * The card's page statement for one combination of filters (`key`), made on first use: alone, or for the calls of one
 * event-loop turn with the same combination (`turnBatched`): every filter value as a text array (the limit as an int
 * array), `k.pN` for `$N` and `k.i` numbering the call each row answers.
 */
const cardAnswers = new Map<string, ReturnType<typeof turnBatched<CardClaimRow>>>();
function cardAnswersOf(key: string, f: ClaimFilter): ReturnType<typeof turnBatched<CardClaimRow>> {
  let read = cardAnswers.get(key);
  if (read) return read;
  // The text depends only on which filters are given (`key`), not on their values.
  const { where, values } = claimConditions(f);
  const batchWhere = claimConditions(f, (n) => `k.p${n}`).where;
  const n = values.length + 1;
  const ps = Array.from({ length: n }, (_, j) => `p${j + 1}`);
  read = turnBatched<CardClaimRow>({
    name: `hp_card_answers_${key}`,
    text: `SELECT ${CARD_ANSWER_COLUMNS} FROM medcards m
       LEFT JOIN LATERAL (${CARD_ANSWER_PAGE(where, `$${n}`)}) page ON true
     WHERE m.card_id = $1
     ORDER BY ${CARD_ANSWER_ORDER}`,
  }, {
    name: `hp_cards_answers_${key}`,
    text: `SELECT k.i::int AS "_i", ${CARD_ANSWER_COLUMNS}
     FROM unnest(${ps.map((_, j) => (j + 1 === n ? `$${j + 1}::int[]` : `$${j + 1}::text[]`)).join(', ')}) WITH ORDINALITY k(${ps.join(', ')}, i)
       JOIN medcards m ON m.card_id = k.p1
       LEFT JOIN LATERAL (${CARD_ANSWER_PAGE(batchWhere, `k.p${n}`)}) page ON true
     ORDER BY k.i, ${CARD_ANSWER_ORDER}`,
  // The rows go only through `cardClaimOf` and `CardClaimPage` (api), which read named fields, and `holderUserId`: `_i` goes no further.
  }, (r) => r);
  cardAnswers.set(key, read);
  return read;
}

/** The stored answer with the names and the copay's source appended in the view's key order (after `lines`). */
export function cardClaimOf(r: CardClaimRow): CardClaimView {
  const a = safeAnswer(JSON.parse(r.answer as string) as ClaimAnswer) as CardClaimView;
  a.pharmacyName = r.pharmacyName;
  a.pharmacyNameAr = r.pharmacyNameAr;
  a.beneficiaryName = r.beneficiaryName;
  a.copaymentPercent = r.copaymentPercent;
  a.copayPaidFrom = r.copayPaidFrom;
  return a;
}

const ANSWER_MONEY = ['submitted', 'eligible', 'copay', 'benefit'] as const;
/** A stored answer's amounts arrive as JSON numbers: refused like the int8 columns when a double cannot hold one exactly. */
function safeAnswer(a: ClaimAnswer): ClaimAnswer {
  for (const k of ANSWER_MONEY) safeMoney(a[k]);
  if (a.remainingBefore !== null) safeMoney(a.remainingBefore);
  if (a.remainingAfter !== null) safeMoney(a.remainingAfter);
  if (a.reversal) safeMoney(a.reversal.walletCopayRefunded);
  safeLines(a.lines);
  return a;
}
