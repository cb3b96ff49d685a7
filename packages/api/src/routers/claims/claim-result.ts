import { cairoMonth, type Adjudication, type ClaimReversal, type PrescriptionClaim } from '@healthpay/domain';
import { decodeCursor, type KeysetCursor, type PrescriptionClaimRow } from '@healthpay/db';
import { AppError } from '../../errors/app-error';
import type { ClaimResult, ClaimView } from './claim.schemas';

/** The answer of record (or a preview) in the API's shape; lines pair the claim's with the adjudicated ones. */
export function claimResultOf(cardId: string, record: { claim: PrescriptionClaim; at: string; reversal?: ClaimReversal } & Adjudication): ClaimResult {
  const { claim, at } = record;
  const approved = record.outcome === 'approved' ? record : null;
  const total = approved?.total ?? { submitted: claim.submittedTotal, eligible: 0, copay: 0, benefit: 0 };
  return {
    cardId,
    prescriptionId: claim.prescriptionId,
    pharmacyId: claim.pharmacyId,
    beneficiaryId: claim.beneficiaryId,
    status: approved ? (approved.reversal ? 'reversed' : approved.coverage === 'full' ? 'approved' : 'partial') : 'rejected',
    rejection: record.outcome === 'rejected' ? { code: record.code, details: record.details } : null,
    month: approved?.month ?? cairoMonth(at),
    // The amounts written out, not `...total`: the fields after a spread would be defined through V8's slow path (bench run 16).
    submitted: total.submitted,
    eligible: total.eligible,
    copay: total.copay,
    benefit: total.benefit,
    remainingBefore: approved?.remainingBefore ?? null,
    remainingAfter: approved ? approved.remainingBefore - approved.total.benefit : null,
    overridesUsed: approved?.overridesUsed ?? [],
    decidedAt: at,
    reversal: approved?.reversal ? reversalViewOf(approved.reversal) : null,
    lines: claim.lines.map((line, i) => {
      const a = approved?.lines[i];
      const rejected = approved?.rejectedLines.find((r) => r.index === i);
      return {
        lineNo: i + 1, drugCode: line.drugCode, drugName: line.drugName, quantity: line.quantity, unitPrice: line.unitPrice,
        totalPrice: line.totalPrice, daysSupply: line.daysSupply, submitted: line.totalPrice, eligible: a?.eligible ?? 0,
        copay: a?.copay ?? 0, benefit: a?.benefit ?? 0, limitedByMonthlyLimit: a?.limitedByMonthlyLimit ?? false,
        uncappedBenefit: a?.limitedByMonthlyLimit ? a.uncappedBenefit : null,
        rejection: rejected ? { code: rejected.code, details: rejected.details } : null,
      };
    }),
  };
}

const reversalViewOf = (r: ClaimReversal): ClaimResult['reversal'] => ({
  at: r.at, reason: r.reason, note: r.note, by: r.reversedBy.userId, byKind: r.reversedBy.kind, walletCopayRefunded: r.walletCopayRefunded,
});

/**
 * A read-model row in the API's shape. Spelled out rather than `{ a, b, ...rest }` (V8's slow path for copying
 * an object minus some keys; a page is twenty claims with their lines), in the schema's key order.
 */
export function claimViewOf(row: PrescriptionClaimRow): ClaimView {
  return {
    cardId: row.cardId,
    prescriptionId: row.prescriptionId,
    pharmacyId: row.pharmacyId,
    beneficiaryId: row.beneficiaryId,
    status: row.status,
    rejection: row.rejectionCode ? { code: row.rejectionCode, details: row.rejectionDetails ?? {} } : null,
    month: row.month,
    submitted: row.submitted,
    eligible: row.eligible,
    copay: row.copay,
    benefit: row.benefit,
    remainingBefore: row.remainingBefore,
    remainingAfter: row.remainingBefore === null ? null : row.remainingBefore - row.benefit,
    overridesUsed: row.overridesUsed,
    decidedAt: row.decidedAt,
    reversal: row.reversal,
    lines: row.lines.map(lineViewOf),
    pharmacyName: row.pharmacyName,
    pharmacyNameAr: row.pharmacyNameAr,
    beneficiaryName: row.beneficiaryName,
    copaymentPercent: row.copaymentPercent,
    copayPaidFrom: row.copayPaidFrom,
  };
}

const lineViewOf = (l: PrescriptionClaimRow['lines'][number]): ClaimView['lines'][number] => ({
  lineNo: l.lineNo, drugCode: l.drugCode, drugName: l.drugName, quantity: l.quantity, unitPrice: l.unitPrice, totalPrice: l.totalPrice,
  daysSupply: l.daysSupply, submitted: l.submitted, eligible: l.eligible, copay: l.copay, benefit: l.benefit,
  limitedByMonthlyLimit: l.limitedByMonthlyLimit, uncappedBenefit: l.uncappedBenefit,
  rejection: l.rejectionCode ? { code: l.rejectionCode, details: l.rejectionDetails ?? {} } : null,
});

/** A cursor from a previous page, or VALIDATION_FAILED. */
export function cursorOf(cursor: string | undefined): KeysetCursor | undefined {
  if (cursor === undefined) return undefined;
  const decoded = decodeCursor(cursor);
  if (!decoded) throw new AppError('VALIDATION_FAILED', 'Unknown cursor', {}, [{ path: 'cursor', message: 'Pass back a nextCursor as received' }]);
  return decoded;
}
