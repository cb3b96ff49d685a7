import type { PoolClient } from '../../postgres/pool';
import type { SharedLocks } from '../../projections/types';

/**
 * How a claim's copay was paid, kept on its row (`prescription_claims.copay_from_wallet`): from the wallet when the
 * pharmacy captured a copay hold for the claim, else cash. The copay hold of a claim carries the reference
 * `copay:<cardId>:<pharmacyId>:<prescriptionId>` (card numbers and pharmacy ids have no colon); holds placed before
 * claims were per pharmacy carry `copay:<cardId>:<prescriptionId>`. Either counts only when captured and placed for the
 * claim's pharmacy. A capture is final (a captured hold is never voided or expired; a reversal refunds the copay with a
 * credit and leaves the hold captured), so the value only ever goes from false to true.
 *
 * The claim and the capture are events of two streams: in scaled mode either may be projected first, or both at once
 * by two projector processes. So the claim projection sets the value from the captured holds when it writes a row
 * (`CLAIM_COPAY_FROM_WALLET`), the hold projection sets it on the claim rows there are when it captures
 * (`markCopaysFromWallet`), and both first take the cards' lock (`lockCopayCards`): whichever commits second sees the
 * other's row. A transaction applying both takes the lock of all cards first (`copayCardLocks`, by `lockShared`).
 */

/** SQL: whether the claim `c` (a row with card_id, pharmacy_id, prescription_id) had its copay captured from the wallet. */
export const copayCapturedSql = (c: string): string => `EXISTS (SELECT 1 FROM wallet_holds h
    WHERE h.reference IN ('copay:' || ${c}.card_id || ':' || ${c}.pharmacy_id || ':' || ${c}.prescription_id, 'copay:' || ${c}.card_id || ':' || ${c}.prescription_id)
      AND h.status = 'captured' AND h.pharmacy_id = ${c}.pharmacy_id)`;

/**
 * Copay holds `h` (reference, pharmacy_id) against the claim rows `c` they paid: the claim of the hold's card and
 * pharmacy whose reference, in either form, is the hold's. The card's equality only leads the planner to the
 * claims' key; the reference's is the claim's condition, `copayCapturedSql`'s.
 */
const PAID_BY = `c.card_id = split_part(h.reference, ':', 2) AND c.pharmacy_id = h.pharmacy_id
  AND h.reference IN ('copay:' || c.card_id || ':' || c.pharmacy_id || ':' || c.prescription_id, 'copay:' || c.card_id || ':' || c.prescription_id)`;

/** The copay hold reference of a claim (claim-queries.ts re-exports both forms). */
export const copayHoldReference = (cardId: string, pharmacyId: string, prescriptionId: string): string => `copay:${cardId}:${pharmacyId}:${prescriptionId}`;
/** The form of holds placed before claims were per pharmacy. */
export const legacyCopayHoldReference = (cardId: string, prescriptionId: string): string => `copay:${cardId}:${prescriptionId}`;

/** The claims the holds `h` (`$1` references, `$2` pharmacies: `holdArrays`) paid, marked; `tail` follows the join's condition. */
const markPaidSql = (tail: string): string => `UPDATE prescription_claims c SET copay_from_wallet = true
     FROM unnest($1::text[], $2::text[]) h(reference, pharmacy_id)
     WHERE ${PAID_BY} ${tail}`;
const holdArrays = (holds: readonly CapturedCopayHold[]): [string[], string[]] => [holds.map((h) => h.reference), holds.map((h) => h.pharmacyId)];

/** A hold that can have paid a claim's copay: captured, for a pharmacy, with a copay reference. */
export interface CapturedCopayHold {
  reference: string;
  pharmacyId: string;
}

export const isCapturedCopayHold = <H extends { status: string; reference: string; pharmacyId: string | null }>(h: H): h is H & CapturedCopayHold =>
  h.status === 'captured' && h.pharmacyId !== null && h.reference.startsWith('copay:');

/** The card number inside a copay hold's reference (either form). */
export const cardOfCopayReference = (reference: string): string => reference.split(':', 2)[1] ?? '';

/** Past this many cards one transaction takes the one lock of all cards instead (advisory locks fill a shared table). */
const MAX_CARD_LOCKS = 64;
/** Advisory lock keys (bigint): the lock of all cards, and each card's at CARD_LOCKS + a 32-bit hash of its number. */
const ALL_CARDS_LOCK = 0x4850_4350_0000_0000n;
const CARD_LOCKS = 0x4850_4350_0000_0001n;

/** FNV-1a, 32 bits: the same key for a card in every process. */
function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Locks the cards' copay source until the transaction ends: the shared lock of all cards and each card's own lock, in
 * key order, or past MAX_CARD_LOCKS cards the lock of all cards alone, exclusively. Two transactions writing a claim and
 * the capture of its copay then commit one after the other, and the second's statements see the first's rows.
 */
export async function lockCopayCards(tx: PoolClient, cards: readonly string[]): Promise<void> {
  const distinct = [...new Set(cards)];
  if (distinct.length === 0) return;
  const keys = distinct.length > MAX_CARD_LOCKS
    ? [ALL_CARDS_LOCK]
    : [ALL_CARDS_LOCK, ...[...new Set(distinct.map(hash32))].sort((a, b) => a - b).map((k) => CARD_LOCKS + BigInt(k))];
  const shared = distinct.length <= MAX_CARD_LOCKS;
  await tx.query(
    `SELECT CASE WHEN k = $1::bigint AND $3::boolean THEN pg_advisory_xact_lock_shared(k) ELSE pg_advisory_xact_lock(k) END FROM unnest($2::bigint[]) k`,
    [ALL_CARDS_LOCK.toString(), keys.map(String), shared],
  );
}

/**
 * The cards' lock as both projections share it: a transaction saving claims and holds takes the lock of all cards
 * exclusively before either (`lockShared`), so its later `lockCopayCards` take locks it holds already or that no other
 * transaction can hold (each takes the lock of all cards first, in the same statement as its cards'). Else two such
 * transactions, each holding a card from its first save and wanting the other's in its second, deadlock — or both hold
 * the lock of all cards shared and one asks for it exclusively (past MAX_CARD_LOCKS cards).
 */
export const copayCardLocks: SharedLocks = {
  async whole(tx) {
    await tx.query('SELECT pg_advisory_xact_lock($1::bigint)', [ALL_CARDS_LOCK.toString()]);
  },
};

/** The hold projection's half: the claims these captured copay holds paid, marked as paid from the wallet. */
export async function markCopaysFromWallet(tx: PoolClient, holds: readonly CapturedCopayHold[]): Promise<void> {
  if (holds.length === 0) return;
  await lockCopayCards(tx, holds.map((h) => cardOfCopayReference(h.reference)));
  await tx.query(markPaidSql('AND NOT c.copay_from_wallet'), holdArrays(holds));
}

/**
 * A rebuild's half (rebuild/copay-marks.ts in the projector), without the cards' lock: one connection writes a rebuild's
 * claims, and it is handed the captures only once their rows committed. Marks the stored claims these captured copay
 * holds paid, and returns the holds that paid one (a claim marked already counts; of two holds paying one claim, only one
 * may come back).
 */
export async function markStoredCopays(tx: Pick<PoolClient, 'query'>, holds: readonly CapturedCopayHold[]): Promise<CapturedCopayHold[]> {
  if (holds.length === 0) return [];
  const res = await tx.query<{ reference: string; pharmacy_id: string }>(markPaidSql('RETURNING h.reference, h.pharmacy_id'), holdArrays(holds));
  return res.rows.map((r) => ({ reference: r.reference, pharmacyId: r.pharmacy_id }));
}

/** The copay holds (reference, pharmacy) that would pay a claim: either reference form, placed for the claim's pharmacy. */
export const copayHoldsOf = (c: { cardId: string; pharmacyId: string; prescriptionId: string }): [CapturedCopayHold, CapturedCopayHold] => [
  { reference: copayHoldReference(c.cardId, c.pharmacyId, c.prescriptionId), pharmacyId: c.pharmacyId },
  { reference: legacyCopayHoldReference(c.cardId, c.prescriptionId), pharmacyId: c.pharmacyId },
];

/**
 * Every claim whose copay a captured hold paid, marked (`UPDATE` of the rows not marked yet): at a rebuild's end, since
 * its COPY of claims and its hold writes leave the column to it (a lookup per chunk cost more than this one join). The
 * same answer as `copayCapturedSql` per row, driven from the holds.
 */
export async function markAllCopaysFromWallet(tx: Pick<PoolClient, 'query'>): Promise<number> {
  const res = await tx.query(
    `UPDATE prescription_claims c SET copay_from_wallet = true
     FROM wallet_holds h
     WHERE h.status = 'captured' AND h.pharmacy_id IS NOT NULL AND h.reference LIKE 'copay:%' AND ${PAID_BY} AND NOT c.copay_from_wallet`,
  );
  return res.rowCount ?? 0;
}
