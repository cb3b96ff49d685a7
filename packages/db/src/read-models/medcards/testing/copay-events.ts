import { randomUUID } from 'node:crypto';
import { EventStore } from '../../../event-store/event-store';
import type { StoredEvent } from '../../../event-store/types';
import type { Pool } from '../../../postgres/pool';

/** Specs of the copay's source (copay-source.ts): hand-made claims and copay holds, as the projectors see them. */

export const COPAY_PHARMACY = 'ph-ezaby-maadi';

/** How a copay hold was placed and ended (none: no hold, the copay paid in cash). */
export interface HoldCase {
  form?: 'new' | 'legacy';
  /** The hold's pharmacy (null: a hold from before holds recorded it). */
  pharmacyId?: string | null;
  end?: 'captured' | 'voided' | 'expired' | 'active';
  /** The reference names another pharmacy than the claim's. */
  referencePharmacy?: string;
}

let position = 1_000_000;
export const stored = (streamId: string, aggregateType: string, version: number, type: string, data: unknown): StoredEvent => ({
  position: ++position, transactionId: position, eventId: randomUUID(), streamId, aggregateType, type, version, data, metadata: {}, timestamp: new Date(),
});

/** A seeded approval of `card` (a seeded database): the claims below are copies of it. */
export async function seededApproval(pool: Pool, card: string): Promise<StoredEvent> {
  const found = (await new EventStore(pool).readStream(card)).find((e) => e.type === 'PrescriptionClaimApproved');
  if (!found) throw new Error('no seeded approval');
  return found;
}

/** A decision on the claim of `prescriptionId` at COPAY_PHARMACY on `card` (its stream), a copy of `approval`. */
export function claimOn(approval: StoredEvent, card: string, prescriptionId: string, version: number): StoredEvent {
  const base = approval.data as { claim: Record<string, unknown> };
  return stored(card, 'medcard', version, 'PrescriptionClaimApproved', { ...base, claim: { ...base.claim, prescriptionId, pharmacyId: COPAY_PHARMACY } });
}

/** A copay hold for that claim on a wallet of its own, placed and ended as `hold` says. */
export function holdFor(card: string, prescriptionId: string, hold: HoldCase): StoredEvent[] {
  const walletId = randomUUID();
  const holdId = randomUUID();
  const reference = hold.form === 'legacy' ? `copay:${card}:${prescriptionId}` : `copay:${card}:${hold.referencePharmacy ?? COPAY_PHARMACY}:${prescriptionId}`;
  const at = '2026-12-07T10:00:00.000Z';
  const placed = stored(walletId, 'wallet', 1, 'WalletHoldPlaced', {
    walletId, holdId, amount: 700, expiresAt: '2099-01-01T00:00:00.000Z', reference, ...(hold.pharmacyId && { pharmacyId: hold.pharmacyId }), at,
  });
  const end = { captured: 'WalletHoldCaptured', voided: 'WalletHoldVoided', expired: 'WalletHoldExpired', active: null }[hold.end ?? 'active'];
  return end ? [placed, stored(walletId, 'wallet', 2, end, { walletId, holdId, amount: 700, released: 0, balanceAfter: 0, at })] : [placed];
}
