import type { Pool } from '@healthpay/db';

/**
 * `copay_collections`: bookkeeping of the codes sent for copays (like otp_challenges). Money never moves
 * here; it moves as wallet hold events, and each terminal status below is written only after the hold event
 * that makes it true (or, for `expired`, once the hold's expiry has passed).
 */
export type CopayStatus = 'requested' | 'collected' | 'cancelled' | 'expired';
export type CopayChannel = 'sms' | 'portal';

export interface CopayCollection {
  id: string;
  cardId: string;
  prescriptionId: string;
  pharmacyId: string;
  walletId: string;
  holdId: string;
  amount: number;
  codeHash: string;
  attempts: number;
  status: CopayStatus;
  channel: CopayChannel | null;
  createdAt: Date;
  expiresAt: Date;
  decidedAt: Date | null;
}

const COLUMNS = `id, card_id AS "cardId", prescription_id AS "prescriptionId", pharmacy_id AS "pharmacyId",
  wallet_id AS "walletId", hold_id AS "holdId", amount, code_hash AS "codeHash", attempts, status, channel,
  created_at AS "createdAt", expires_at AS "expiresAt", decided_at AS "decidedAt"`;

/** A claim: (card, pharmacy, prescription). */
export interface ClaimRef {
  cardId: string;
  pharmacyId: string;
  prescriptionId: string;
}

/** One open collection per claim: the unique `open_claim_id` holds this key until the collection is decided. */
export const claimKeyOf = (c: ClaimRef): string => `${c.cardId}:${c.pharmacyId}:${c.prescriptionId}`;

/** What a reader sees: a request past its expiry is expired, whether or not anything wrote that down yet. */
export const effectiveStatus = (c: Pick<CopayCollection, 'status' | 'expiresAt'>, now: Date): CopayStatus =>
  c.status === 'requested' && c.expiresAt.getTime() <= now.getTime() ? 'expired' : c.status;

export async function getCollection(pool: Pool, id: string): Promise<CopayCollection | null> {
  const res = await pool.query<CopayCollection>(`SELECT ${COLUMNS} FROM copay_collections WHERE id = $1`, [id]);
  return res.rows[0] ?? null;
}

export async function openCollectionOf(pool: Pool, claim: ClaimRef): Promise<CopayCollection | null> {
  const res = await pool.query<CopayCollection>(`SELECT ${COLUMNS} FROM copay_collections WHERE open_claim_id = $1`, [claimKeyOf(claim)]);
  return res.rows[0] ?? null;
}

/** The claim's collection that took the copay from the wallet, if any (at most one: a claim is collected once). */
export async function collectedOf(pool: Pool, c: ClaimRef): Promise<CopayCollection | null> {
  const res = await pool.query<CopayCollection>(
    `SELECT ${COLUMNS} FROM copay_collections WHERE card_id = $1 AND pharmacy_id = $2 AND prescription_id = $3 AND status = 'collected' LIMIT 1`,
    [c.cardId, c.pharmacyId, c.prescriptionId],
  );
  return res.rows[0] ?? null;
}

export async function wasCollected(pool: Pool, claim: ClaimRef): Promise<boolean> {
  return (await collectedOf(pool, claim)) !== null;
}

/** A claim's requests that ran out of time are written down as expired, which frees the claim for a new one. */
export async function retireExpired(pool: Pool, claim: ClaimRef, now: Date): Promise<void> {
  await pool.query(
    `UPDATE copay_collections SET status = 'expired', open_claim_id = NULL, decided_at = expires_at
      WHERE open_claim_id = $1 AND status = 'requested' AND expires_at <= $2`,
    [claimKeyOf(claim), now],
  );
}

export type NewCollection = Omit<CopayCollection, 'attempts' | 'status' | 'channel' | 'decidedAt'>;

/** Records a request (before its hold is placed); false when the claim has an open one already (a race). */
export async function insertCollection(pool: Pool, c: NewCollection): Promise<boolean> {
  const res = await pool.query(
    `INSERT INTO copay_collections (id, card_id, prescription_id, open_claim_id, pharmacy_id, wallet_id, hold_id, amount,
       code_hash, attempts, status, created_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 0, 'requested', $10, $11)
     ON CONFLICT (open_claim_id) DO NOTHING`,
    [c.id, c.cardId, c.prescriptionId, claimKeyOf(c), c.pharmacyId, c.walletId, c.holdId, c.amount,
      c.codeHash, c.createdAt, c.expiresAt],
  );
  return res.rowCount === 1;
}

/** A request whose hold was refused (no money reserved, no SMS sent) leaves no row. */
export async function deleteCollection(pool: Pool, id: string): Promise<void> {
  await pool.query(`DELETE FROM copay_collections WHERE id = $1 AND status = 'requested'`, [id]);
}

/**
 * Counts one try of the code, atomically: only while requested, unexpired and under `maxAttempts`, so
 * parallel guesses cannot exceed it. Null when no try is left (or the collection is no longer open).
 */
export async function countTry(pool: Pool, id: string, now: Date, maxAttempts: number): Promise<{ codeHash: string; attempts: number } | null> {
  const res = await pool.query<{ codeHash: string; attempts: number }>(
    `UPDATE copay_collections SET attempts = attempts + 1
      WHERE id = $1 AND status = 'requested' AND expires_at > $2 AND attempts < $3
      RETURNING code_hash AS "codeHash", attempts`,
    [id, now, maxAttempts],
  );
  return res.rows[0] ?? null;
}

/**
 * Writes the outcome of the hold event that settled the collection (capture → collected, void → cancelled).
 * Unconditional: only the request whose hold event committed gets here, and the event is the truth.
 */
export async function markDecided(pool: Pool, id: string, status: 'collected' | 'cancelled', channel: CopayChannel | null, at: Date): Promise<void> {
  await pool.query(
    `UPDATE copay_collections SET status = $2, channel = $3, decided_at = $4, open_claim_id = NULL WHERE id = $1`,
    [id, status, channel, at],
  );
}

/** Settles a request that is still open without a hold event of ours (its hold is gone: expired or swept). */
export async function markIfOpen(pool: Pool, id: string, status: 'cancelled' | 'expired', at: Date): Promise<void> {
  await pool.query(
    `UPDATE copay_collections SET status = $2, decided_at = $3, open_claim_id = NULL WHERE id = $1 AND status = 'requested'`,
    [id, status, at],
  );
}

/** What became of the collection's hold in the read model (lags the events by a projector batch). */
export async function projectedHoldStatus(pool: Pool, c: Pick<CopayCollection, 'walletId' | 'holdId'>): Promise<string | null> {
  const res = await pool.query<{ status: string }>('SELECT status FROM wallet_holds WHERE wallet_id = $1 AND hold_id = $2', [c.walletId, c.holdId]);
  return res.rows[0]?.status ?? null;
}

export interface PendingCopay {
  id: string;
  prescriptionId: string;
  pharmacyName: string;
  pharmacyNameAr: string;
  amount: number;
  createdAt: Date;
  expiresAt: Date;
}

/** Open requests on the wallets a patient owns, newest first. */
export async function listPendingForOwner(pool: Pool, ownerId: string, now: Date): Promise<PendingCopay[]> {
  const res = await pool.query<PendingCopay>(
    `SELECT c.id, c.prescription_id AS "prescriptionId", p.name AS "pharmacyName", p.name_ar AS "pharmacyNameAr", c.amount,
       c.created_at AS "createdAt", c.expires_at AS "expiresAt"
     FROM copay_collections c
     JOIN wallets w ON w.wallet_id = c.wallet_id
     JOIN pharmacies p ON p.id = c.pharmacy_id
     WHERE w.owner_id = $1 AND c.status = 'requested' AND c.expires_at > $2
     ORDER BY c.created_at DESC LIMIT 20`,
    [ownerId, now],
  );
  return res.rows;
}

/** When the claim's latest code was requested (new codes are spaced out). */
export async function lastRequestAt(pool: Pool, c: ClaimRef): Promise<Date | null> {
  const res = await pool.query<{ at: Date | null }>(
    'SELECT max(created_at) AS at FROM copay_collections WHERE card_id = $1 AND pharmacy_id = $2 AND prescription_id = $3',
    [c.cardId, c.pharmacyId, c.prescriptionId],
  );
  return res.rows[0]?.at ?? null;
}
