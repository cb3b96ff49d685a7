import { ageOn } from '../egypt/calendar-date';
import { cairoDay, cairoMonth } from '../shared/cairo-time';
import { isAtOrBefore } from '../shared/instant';
import { allocate, rejectedLine, sumAmounts, uncappedLine } from './amounts';
import { CHILD_AGE_LIMIT } from './beneficiary-rules';
import type { Adjudication, LineRejection, PrescriptionClaimInput, RejectedAdjudication } from './claim';
import { normalizeClaim } from './claim-validation';
import { benefitUsedThisMonth, remainingMonthlyBenefit } from './monthly-benefit';
import { own } from './records';
import { checkRefills } from './refill';
import type { ExistingMedCardState } from './types';

const rejected = (code: RejectedAdjudication['code'], details: Record<string, unknown>): RejectedAdjudication => ({
  outcome: 'rejected',
  code,
  details,
});

/** Why a beneficiary cannot claim, if they cannot: a child stops being covered at 26 even while still listed. */
const membershipProblem = (card: ExistingMedCardState, beneficiaryId: string, now: string): string | undefined => {
  const member = own(card.beneficiaries, beneficiaryId);
  if (!member) return 'NOT_A_MEMBER';
  const overAge = member.relationship === 'child' && ageOn(member.dateOfBirth, cairoDay(now)) >= CHILD_AGE_LIMIT;
  return overAge ? 'CHILD_AGE_LIMIT' : undefined;
};

/**
 * Adjudicates a prescription claim against the card at `now`, in this order: malformed input (thrown:
 * INVALID_CLAIM / INVALID_LINE), card expiry, card status, beneficiary, refills, then amounts and the
 * monthly limit. Refills are a line-level rule: an early line is rejected on its own and the rest adjudicated
 * without it; only when every line is early is the claim rejected as a whole. Pure: the same card, claim and
 * instant always give the same answer. Duplicate prescriptions are the decider's concern (it knows about
 * earlier submissions), not this function's.
 */
export const adjudicate = (card: ExistingMedCardState, input: PrescriptionClaimInput, now: string): Adjudication => {
  const claim = normalizeClaim(input);
  // Expiry first, whatever the status: past it nothing the pharmacy or the patient does can help.
  if (card.status === 'expired' || isAtOrBefore(card.expiresAt, now)) return rejected('CARD_EXPIRED', { expiresAt: card.expiresAt });
  if (card.status !== 'active') return rejected('CARD_NOT_ACTIVE', { status: card.status });
  const problem = membershipProblem(card, claim.beneficiaryId, now);
  if (problem) return rejected('BENEFICIARY_NOT_ON_CARD', { beneficiaryId: claim.beneficiaryId, reason: problem });
  const { blocked, overridesUsed } = checkRefills(card, claim, now);
  if (blocked.length === claim.lines.length) {
    // Every line is too soon: the claim as a whole can pass on the latest of the blocked dates.
    const earliestRefillDate = blocked.map((b) => b.earliestRefillDate).sort().at(-1);
    return rejected('REFILL_TOO_SOON', { earliestRefillDate, lines: blocked });
  }
  const month = cairoMonth(now);
  const remainingBefore = remainingMonthlyBenefit(card, now);
  if (remainingBefore === 0) {
    return rejected('MONTHLY_LIMIT_EXHAUSTED', { month, monthlyLimit: card.monthlyLimit, used: benefitUsedThisMonth(card, now) });
  }
  // The lines that passed are adjudicated as if the rejected ones were not there (coverage, copay, limit).
  const rejectedLines = blocked.map(({ index, drugCode, earliestRefillDate }): LineRejection => ({
    index, drugCode, code: 'REFILL_TOO_SOON', details: { earliestRefillDate },
  }));
  // A rejected line asks for no benefit, so the limit is spent on the others, in order, as before.
  const uncapped = claim.lines.map((line, i) =>
    (rejectedLines.some((r) => r.index === i) ? rejectedLine(line) : uncappedLine(line, card.copaymentPercent)));
  const partial = sumAmounts(uncapped).benefit > remainingBefore;
  const lines = allocate(uncapped, remainingBefore);
  return {
    outcome: 'approved', coverage: partial ? 'partial' : 'full', month, remainingBefore, lines, rejectedLines, total: sumAmounts(lines), overridesUsed,
  };
};
