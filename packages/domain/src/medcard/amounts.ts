import type { Piasters } from '../shared/money';
import type { AdjudicatedLine, ClaimAmounts, PrescriptionLine } from './claim';

/**
 * The patient's share, round-half-up(eligible × percent / 100), in exact integer arithmetic: BigInt keeps
 * eligible × percent exact even above 2^53, and adding 50 before the floor division rounds halves up.
 */
export const copayOf = (eligible: Piasters, copaymentPercent: number): Piasters =>
  Number((BigInt(eligible) * BigInt(copaymentPercent) + 50n) / 100n);

/**
 * Amounts of one line before the monthly limit. No formulary or reference price list exists yet, so the
 * eligible amount is the submitted one; the two stay distinct so a price cap can slot in here.
 */
export const uncappedLine = (line: PrescriptionLine, copaymentPercent: number): ClaimAmounts & { drugCode: string } => {
  const submitted = line.totalPrice;
  const eligible = submitted;
  const copay = copayOf(eligible, copaymentPercent);
  return { drugCode: line.drugCode, submitted, eligible, copay, benefit: eligible - copay };
};

/** A line refused by a line-level rule: submitted for the record, nothing eligible, nothing paid. */
export const rejectedLine = (line: PrescriptionLine): AdjudicatedLine => ({
  drugCode: line.drugCode, submitted: line.totalPrice, eligible: 0, copay: 0, benefit: 0, limitedByMonthlyLimit: false,
});

/**
 * Spends `remaining` benefit on the lines in order. A line that cannot get its full benefit gets what is
 * left (possibly 0) and its patient share grows by the difference, so benefit + copay = eligible still holds.
 */
export const allocate = (lines: readonly (ClaimAmounts & { drugCode: string })[], remaining: Piasters): AdjudicatedLine[] => {
  let left = remaining;
  return lines.map((line): AdjudicatedLine => {
    const benefit = Math.min(line.benefit, left);
    left -= benefit;
    if (benefit === line.benefit) return { ...line, limitedByMonthlyLimit: false };
    return { ...line, benefit, copay: line.eligible - benefit, limitedByMonthlyLimit: true, uncappedBenefit: line.benefit };
  });
};

/** Claim totals are the sums of the lines (the copay is rounded per line, never on the total). */
export const sumAmounts = (lines: readonly ClaimAmounts[]): ClaimAmounts =>
  lines.reduce(
    (t, l) => ({ submitted: t.submitted + l.submitted, eligible: t.eligible + l.eligible, copay: t.copay + l.copay, benefit: t.benefit + l.benefit }),
    { submitted: 0, eligible: 0, copay: 0, benefit: 0 },
  );
