import type { PoolClient } from '../../postgres/pool';
import type { DocumentProjection } from '../../projections/types';
import { copayCardLocks, isCapturedCopayHold, markCopaysFromWallet } from '../medcards/copay-source';
import { walletEvent } from './wallet-doc';

export interface HoldDoc {
  walletId: string;
  holdId: string;
  amount: number;
  captured: number;
  status: 'active' | 'captured' | 'voided' | 'expired';
  reference: string;
  expiresAt: string;
  placedAt: string;
  updatedAt: string;
  /** The pharmacy the hold was placed for; null for staff holds and holds from before pharmacies were recorded. */
  pharmacyId: string | null;
}

const HOLD_EVENTS = ['WalletHoldPlaced', 'WalletHoldCaptured', 'WalletHoldVoided', 'WalletHoldExpired'] as const;

/** Pure: a hold's row after one event. A hold ends once; a repeated event changes nothing. */
export function evolveHoldDoc(doc: HoldDoc | null, stored: Parameters<typeof walletEvent>[0]): HoldDoc | null {
  const e = walletEvent(stored);
  switch (e.type) {
    case 'WalletHoldPlaced':
      return doc ?? {
        walletId: e.data.walletId, holdId: e.data.holdId, amount: e.data.amount, captured: 0, status: 'active',
        reference: e.data.reference, expiresAt: e.data.expiresAt, placedAt: e.data.at, updatedAt: e.data.at,
        pharmacyId: e.data.pharmacyId ?? null,
      };
    case 'WalletHoldCaptured':
      return doc?.status === 'active' ? { ...doc, status: 'captured', captured: e.data.amount, updatedAt: e.data.at } : doc;
    case 'WalletHoldVoided':
      return doc?.status === 'active' ? { ...doc, status: 'voided', updatedAt: e.data.at } : doc;
    case 'WalletHoldExpired':
      return doc?.status === 'active' ? { ...doc, status: 'expired', updatedAt: e.data.at } : doc;
    default:
      return doc;
  }
}

const UPSERT = `
INSERT INTO wallet_holds (wallet_id, hold_id, amount, captured, status, reference, expires_at, placed_at, updated_at,
  pharmacy_id)
SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::bigint[], $5::text[], $6::text[], $7::timestamptz[],
  $8::timestamptz[], $9::timestamptz[], $10::text[])
ON CONFLICT (wallet_id, hold_id) DO UPDATE SET captured = excluded.captured, status = excluded.status,
  updated_at = excluded.updated_at
WHERE wallet_holds.status = 'active'`;

interface Row {
  wallet_id: string; hold_id: string; amount: number; captured: number; status: HoldDoc['status'];
  reference: string; expires_at: Date; placed_at: Date; updated_at: Date; pharmacy_id: string | null;
}

/** The holds' rows alone: a rebuild's save, which leaves the claims their copays paid to its end (`markAllCopaysFromWallet`). */
export async function saveHoldRows(tx: PoolClient, docs: HoldDoc[]): Promise<void> {
  if (docs.length === 0) return;
  const col = <K extends keyof HoldDoc>(k: K) => docs.map((d) => d[k]);
  await tx.query(UPSERT, [col('walletId'), col('holdId'), col('amount'), col('captured'), col('status'),
    col('reference'), col('expiresAt'), col('placedAt'), col('updatedAt'), col('pharmacyId')]);
}

/** Holds on wallets (`wallet_holds`); a captured copay hold also marks its claim's row (medcards/copay-source.ts). */
export const holdProjection: DocumentProjection<HoldDoc> = {
  name: 'wallet_holds',
  canHandle: HOLD_EVENTS,
  keyOf: (e) => `${e.streamId}\u0000${(e.data as { holdId: string }).holdId}`,
  evolve: evolveHoldDoc,
  locks: copayCardLocks,
  async load(tx, keys) {
    const pairs = keys.map((k) => k.split('\u0000'));
    const res = await tx.query<Row>(
      `SELECT * FROM wallet_holds WHERE (wallet_id, hold_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
      [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
    );
    return new Map(res.rows.map((r) => [`${r.wallet_id}\u0000${r.hold_id}`, {
      walletId: r.wallet_id, holdId: r.hold_id, amount: r.amount, captured: r.captured, status: r.status,
      reference: r.reference, expiresAt: r.expires_at.toISOString(), placedAt: r.placed_at.toISOString(),
      updatedAt: r.updated_at.toISOString(), pharmacyId: r.pharmacy_id,
    }]));
  },
  async save(tx, docs) {
    await saveHoldRows(tx, docs);
    // A captured copay hold makes its claim's copay paid from the wallet (the claim's row may come before or after).
    await markCopaysFromWallet(tx, docs.filter(isCapturedCopayHold));
  },
};
