import { cairoMonth, type LineRejectionCode, type MedCardTier, type PrescriptionRejectionCode, type UsedOverride } from '@healthpay/domain';
import type { StoredEvent } from '../../event-store/types';
import { keyOf, medCardEvent, type EventData } from './medcard-event';

export type PrescriptionClaimStatus = 'approved' | 'partial' | 'rejected' | 'reversed';

/** Who took an approval back, why and when, and what went back to the wallet (null unless `reversed`). */
export interface ClaimReversalDoc {
  at: string;
  reason: string;
  note: string | null;
  by: string;
  byKind: 'pharmacist' | 'staff';
  walletCopayRefunded: number;
}

export interface ClaimLineDoc {
  lineNo: number;
  drugCode: string;
  drugName: string;
  quantity: number;
  unitPrice: number;
  totalPrice: number;
  daysSupply: number;
  submitted: number;
  eligible: number;
  copay: number;
  benefit: number;
  limitedByMonthlyLimit: boolean;
  /** What the line would have paid without the monthly limit (only when limited). */
  uncappedBenefit: number | null;
  /** A line rejected on its own in an approved claim (REFILL_TOO_SOON), else null; amounts are then 0. */
  rejectionCode: LineRejectionCode | null;
  rejectionDetails: Record<string, unknown> | null;
}

export interface PrescriptionClaimDoc {
  cardId: string;
  prescriptionId: string;
  pharmacyId: string;
  beneficiaryId: string;
  status: PrescriptionClaimStatus;
  rejectionCode: PrescriptionRejectionCode | null;
  rejectionDetails: Record<string, unknown> | null;
  month: string;
  submitted: number;
  eligible: number;
  copay: number;
  benefit: number;
  remainingBefore: number | null;
  tier: MedCardTier | null;
  copaymentPercent: number | null;
  overridesUsed: UsedOverride[];
  version: number;
  decidedAt: string;
  reversal: ClaimReversalDoc | null;
  lines: ClaimLineDoc[];
}

type ClaimRef = { pharmacyId?: string; prescriptionId?: string };

/** card ⟂ pharmacy ⟂ prescription: from the claim of an approval or rejection, or the ids of a reversal. */
export const claimKeyOf = (e: StoredEvent): string => {
  const d = e.data as ClaimRef & { claim?: ClaimRef };
  const ref = d.claim ?? d;
  return keyOf(e.streamId, ref.pharmacyId ?? '', ref.prescriptionId ?? '');
};

const approved = (cardId: string, version: number, d: EventData<'PrescriptionClaimApproved'>): PrescriptionClaimDoc => ({
  cardId, prescriptionId: d.claim.prescriptionId, pharmacyId: d.claim.pharmacyId, beneficiaryId: d.claim.beneficiaryId,
  status: d.coverage === 'full' ? 'approved' : 'partial', rejectionCode: null, rejectionDetails: null, month: d.month,
  ...d.total, remainingBefore: d.remainingBefore, tier: d.terms.tier, copaymentPercent: d.terms.copaymentPercent,
  overridesUsed: d.overridesUsed, version, decidedAt: d.at, reversal: null,
  // The adjudicated lines are the claim's lines in the same order; approvals before per-line adjudication
  // carry no rejectedLines.
  lines: d.claim.lines.map((l, i) => {
    const a = d.lines[i];
    const rejection = (d.rejectedLines ?? []).find((r) => r.index === i);
    return {
      lineNo: i + 1, drugCode: l.drugCode, drugName: l.drugName, quantity: l.quantity, unitPrice: l.unitPrice,
      totalPrice: l.totalPrice, daysSupply: l.daysSupply, submitted: a?.submitted ?? l.totalPrice, eligible: a?.eligible ?? 0,
      copay: a?.copay ?? 0, benefit: a?.benefit ?? 0, limitedByMonthlyLimit: a?.limitedByMonthlyLimit ?? false,
      uncappedBenefit: a?.limitedByMonthlyLimit ? a.uncappedBenefit : null,
      rejectionCode: rejection?.code ?? null, rejectionDetails: rejection?.details ?? null,
    };
  }),
});

/** A rejected claim pays nothing: eligible, copay and benefit are 0, the submitted amounts stay for the record. */
const rejected = (cardId: string, version: number, d: EventData<'PrescriptionClaimRejected'>): PrescriptionClaimDoc => ({
  cardId, prescriptionId: d.claim.prescriptionId, pharmacyId: d.claim.pharmacyId, beneficiaryId: d.claim.beneficiaryId,
  status: 'rejected', rejectionCode: d.code, rejectionDetails: d.details, month: cairoMonth(d.at),
  submitted: d.claim.submittedTotal, eligible: 0, copay: 0, benefit: 0, remainingBefore: null, tier: null,
  copaymentPercent: null, overridesUsed: [], version, decidedAt: d.at, reversal: null,
  lines: d.claim.lines.map((l, i) => ({
    lineNo: i + 1, drugCode: l.drugCode, drugName: l.drugName, quantity: l.quantity, unitPrice: l.unitPrice,
    totalPrice: l.totalPrice, daysSupply: l.daysSupply, submitted: l.totalPrice, eligible: 0, copay: 0, benefit: 0,
    limitedByMonthlyLimit: false, uncappedBenefit: null, rejectionCode: null, rejectionDetails: null,
  })),
});

/** A reversed approval keeps its amounts (what was given back) and says who took it back, why and when. */
const reversed = (doc: PrescriptionClaimDoc, version: number, d: EventData<'PrescriptionClaimReversed'>): PrescriptionClaimDoc => ({
  ...doc, status: 'reversed', version,
  reversal: { at: d.at, reason: d.reason, note: d.note ?? null, by: d.reversedBy.userId, byKind: d.reversedBy.kind, walletCopayRefunded: d.walletCopayRefunded },
});

/**
 * Pure: the answer of record for a claim (card, pharmacy, prescription). A later decision on the same claim
 * (a rejection superseded by an approval, an approval reversed) replaces the row; anything at or below its
 * version is a repeat.
 */
export function evolveClaimDoc(doc: PrescriptionClaimDoc | null, stored: StoredEvent): PrescriptionClaimDoc | null {
  if (doc && stored.version <= doc.version) return doc;
  const e = medCardEvent(stored);
  if (e.type === 'PrescriptionClaimApproved') return approved(stored.streamId, stored.version, e.data);
  if (e.type === 'PrescriptionClaimRejected') return rejected(stored.streamId, stored.version, e.data);
  if (e.type === 'PrescriptionClaimReversed') return doc ? reversed(doc, stored.version, e.data) : doc;
  return doc;
}
