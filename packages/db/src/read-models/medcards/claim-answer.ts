import { CLAIM_VIEW_SCHEMA, claimResult } from '../../contracts/claim-view';
import type { ClaimLineDoc, PrescriptionClaimDoc } from './claim-doc';

/** A rejection as answered: its code and details (`{}` when the row has none). */
export interface ClaimRejectionAnswer {
  code: string;
  details: Record<string, unknown>;
}

/** A claim line as the API answers it (`claimLine` in the API's claim.schemas.ts, same keys in the same order). */
export type ClaimLineAnswer = Omit<ClaimLineDoc, 'rejectionCode' | 'rejectionDetails'> & { rejection: ClaimRejectionAnswer | null };

/** A claim as the API answers it, without the names joined at read time (`claimResult` in claim.schemas.ts). */
export type ClaimAnswer = Pick<PrescriptionClaimDoc, 'cardId' | 'prescriptionId' | 'pharmacyId' | 'beneficiaryId' | 'status' | 'month'
  | 'submitted' | 'eligible' | 'copay' | 'benefit' | 'remainingBefore' | 'overridesUsed' | 'decidedAt' | 'reversal'> & {
  rejection: ClaimRejectionAnswer | null;
  remainingAfter: number | null;
  lines: ClaimLineAnswer[];
};

/**
 * A JSON value with every object's keys in jsonb's order (shorter keys first, then by their bytes): what the
 * details read back from a jsonb column look like, so the stored answer parses to the same objects.
 */
function jsonbOrdered(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(jsonbOrdered);
  if (v === null || typeof v !== 'object') return v;
  const keys = Object.keys(v).sort((a, b) => Buffer.byteLength(a) - Buffer.byteLength(b) || Buffer.compare(Buffer.from(a), Buffer.from(b)));
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = jsonbOrdered((v as Record<string, unknown>)[k]);
  return out;
}

const rejectionOf = (code: string | null, details: Record<string, unknown> | null): ClaimRejectionAnswer | null =>
  code ? { code, details: (details === null ? {} : jsonbOrdered(details)) as Record<string, unknown> } : null;

const ISO_MS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
/** An instant as the timestamptz(3) column gives it back (`Date.toISOString()`; the deciders write it so already). */
const instant = (at: string): string => (ISO_MS.test(at) ? at : new Date(at).toISOString());

/**
 * The claim's answer, as `claimViewOf` makes it from the row and its lines read back (key order, details in
 * jsonb's order, instants as the columns return them), without the names. Stored with the row
 * (`prescription_claims.answer`) so a card's page is read without its lines, joins or per-column parsing;
 * `claim-answer.int.spec.ts` checks the two agree.
 */
export function claimAnswerOf(d: PrescriptionClaimDoc): ClaimAnswer {
  const r = d.reversal;
  return {
    cardId: d.cardId,
    prescriptionId: d.prescriptionId,
    pharmacyId: d.pharmacyId,
    beneficiaryId: d.beneficiaryId,
    status: d.status,
    rejection: rejectionOf(d.rejectionCode, d.rejectionDetails),
    month: d.month,
    submitted: d.submitted,
    eligible: d.eligible,
    copay: d.copay,
    benefit: d.benefit,
    remainingBefore: d.remainingBefore,
    remainingAfter: d.remainingBefore === null ? null : d.remainingBefore - d.benefit,
    overridesUsed: d.overridesUsed.map((o) => ({ overrideId: o.overrideId, drugCode: o.drugCode })),
    decidedAt: instant(d.decidedAt),
    // As `reversalOf` reads the columns back: none unless the instant, who and their kind are there.
    reversal: r && r.by && r.byKind
      ? { at: instant(r.at), reason: r.reason, note: r.note, by: r.by, byKind: r.byKind, walletCopayRefunded: r.walletCopayRefunded ?? 0 }
      : null,
    lines: d.lines.map((l) => ({
      lineNo: l.lineNo, drugCode: l.drugCode, drugName: l.drugName, quantity: l.quantity, unitPrice: l.unitPrice, totalPrice: l.totalPrice,
      daysSupply: l.daysSupply, submitted: l.submitted, eligible: l.eligible, copay: l.copay, benefit: l.benefit,
      limitedByMonthlyLimit: l.limitedByMonthlyLimit, uncappedBenefit: l.uncappedBenefit, rejection: rejectionOf(l.rejectionCode, l.rejectionDetails),
    })),
  };
}

/** A claim's stored answer and the claim view schema's version it was checked against (null: not checked, or refused). */
export interface CheckedClaimAnswer {
  text: string;
  schema: string | null;
}

/**
 * The answer as stored: checked once here, when written, against the API's `claimResult` (what the output schema
 * would do on every read), and stored as that check gives it back with the schema's version (`answer_schema`), so a
 * read under the same version may pass the text through. An answer the schema refuses is stored unchecked (null): its
 * reads parse and check it as before, and fail there as they did.
 */
export function checkedClaimAnswer(d: PrescriptionClaimDoc): CheckedClaimAnswer {
  const answer = claimAnswerOf(d);
  const checked = claimResult.safeParse(answer);
  return checked.success ? { text: JSON.stringify(checked.data), schema: CLAIM_VIEW_SCHEMA } : { text: JSON.stringify(answer), schema: null };
}
