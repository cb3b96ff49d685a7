import {
  cairoDay, commissionFor, nextPeriod, periodOf, scheduleInEffect, settlementIdOf, type FeeScheduleEntry, type Piasters, type SettlementPeriod,
  type SettlementPeriodKind,
} from '@healthpay/domain';
import type { StoredEvent } from '../../event-store/types';

/** One `settlement_lines` row. net = benefit + walletCopay − commission + adjustment. */
export interface SettlementLine {
  id: string;
  settlementId: string;
  period: SettlementPeriod;
  pharmacyId: string;
  kind: 'claim' | 'reversal';
  cardId: string;
  prescriptionId: string;
  occurredAt: string;
  benefit: Piasters;
  walletCopay: Piasters;
  commission: Piasters;
  adjustment: Piasters;
}

/** Where closes stand in the feed: (transaction id, position) of each closed statement's SettlementClosed. */
export type ClosedAt = ReadonlyMap<string, { tx: number; position: number }>;

/** What placing a line needs besides the event: loaded with the document, so evolve stays pure. */
export interface LineContext {
  periodKind: SettlementPeriodKind;
  own: readonly FeeScheduleEntry[];
  fallback: readonly FeeScheduleEntry[];
  closed: ClosedAt;
}

/** One claim's settlement: its line, and its reversal's adjustment line. Keyed by pharmacy, card and prescription. */
export interface ClaimSettlementDoc {
  pharmacyId: string;
  cardId: string;
  prescriptionId: string;
  claim: SettlementLine | null;
  reversal: SettlementLine | null;
  context: LineContext;
}

/** The contract's PrescriptionClaimReversed (claims helper), read by its type string so this compiles on its own. */
interface ReversedData {
  cardId: string; prescriptionId: string; pharmacyId: string; benefit: Piasters; walletCopayRefunded: Piasters; at: string;
}
interface ApprovedData {
  cardId: string; claim: { pharmacyId: string; prescriptionId: string }; total: { benefit: Piasters }; at: string;
}

export const claimDocKey = (pharmacyId: string, cardId: string, prescriptionId: string): string => [pharmacyId, cardId, prescriptionId].join('\u0000');

export function claimDocKeyOf(e: { type: string; data: unknown }): string {
  if (e.type === 'PrescriptionClaimApproved') {
    const d = e.data as ApprovedData;
    return claimDocKey(d.claim.pharmacyId, d.cardId, d.claim.prescriptionId);
  }
  const d = e.data as ReversedData;
  return claimDocKey(d.pharmacyId, d.cardId, d.prescriptionId);
}

const before = (a: { tx: number; position: number }, b: { tx: number; position: number }) => a.tx < b.tx || (a.tx === b.tx && a.position < b.position);

/**
 * The statement an event lands in: the one of its Cairo date's period, or, when that one was closed before this
 * event in the feed, the next period's (and so on): nothing edits a closed statement. Deciding by feed position,
 * not by what happens to be projected, gives the same answer on every replay and rebuild.
 */
export function placement(pharmacyId: string, at: string, kind: SettlementPeriodKind, closed: ClosedAt, feed: { tx: number; position: number }) {
  let period = periodOf(cairoDay(at), kind);
  for (;;) {
    const settlementId = settlementIdOf(pharmacyId, period);
    const close = closed.get(settlementId);
    if (!close || !before(close, feed)) return { settlementId, period };
    period = nextPeriod(period);
  }
}

/** Pure: a line is written once, so a redelivered event (same or older) changes nothing. */
export function evolveClaimSettlementDoc(doc: ClaimSettlementDoc | null, stored: StoredEvent): ClaimSettlementDoc | null {
  if (!doc) return null;
  const feed = { tx: stored.transactionId, position: stored.position };
  const base = { pharmacyId: doc.pharmacyId, cardId: doc.cardId, prescriptionId: doc.prescriptionId };
  const { periodKind, own, fallback, closed } = doc.context;
  if (stored.type === 'PrescriptionClaimApproved') {
    if (doc.claim) return doc;
    const d = stored.data as ApprovedData;
    const benefit = d.total.benefit;
    const commission = commissionFor(benefit, scheduleInEffect(own, fallback, cairoDay(d.at), d.at));
    const where = placement(doc.pharmacyId, d.at, periodKind, closed, feed);
    return {
      ...doc,
      claim: { id: `claim:${doc.cardId}:${doc.pharmacyId}:${doc.prescriptionId}`, ...where, ...base, kind: 'claim', occurredAt: d.at, benefit, walletCopay: 0, commission, adjustment: 0 },
    };
  }
  if (stored.type === 'PrescriptionClaimReversed') {
    if (doc.reversal) return doc;
    const d = stored.data as ReversedData;
    // The commission taken on the claim is given back with it: claim + reversal nets to what was not refunded.
    const commissionBack = Math.min(doc.claim?.commission ?? 0, d.benefit);
    const adjustment = -(d.benefit + d.walletCopayRefunded - commissionBack);
    const where = placement(doc.pharmacyId, d.at, periodKind, closed, feed);
    return {
      ...doc,
      reversal: { id: `reversal:${doc.cardId}:${doc.pharmacyId}:${doc.prescriptionId}`, ...where, ...base, kind: 'reversal', occurredAt: d.at, benefit: 0, walletCopay: 0, commission: 0, adjustment },
    };
  }
  return doc;
}
