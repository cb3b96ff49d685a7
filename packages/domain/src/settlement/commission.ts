import type { Piasters } from '../shared/money';
import type { FeeScheduleEntry, FeeTerms } from './fee-schedule';

/**
 * Commission on one approved claim: round-half-up(benefit × percentBps / 10 000) + fixedPerClaim, never more than
 * the benefit (a pharmacy never owes HealthPay for a claim). Pure, integer piasters.
 */
export function commissionFor(benefit: Piasters, schedule: FeeTerms | null): Piasters {
  if (!schedule || benefit <= 0) return 0;
  const share = Math.floor((benefit * schedule.percentBps + 5_000) / 10_000);
  return Math.min(benefit, share + schedule.fixedPerClaim);
}

/**
 * The entry in effect on a Cairo date among those set by `asOf` (an instant): the latest `effectiveFrom` on or before
 * the date, the later-set one winning a tie. Filtering by `asOf` makes a claim's commission depend only on what was
 * known when it was approved, whatever order a projector later reads the events in.
 */
export function entryInEffect(entries: readonly FeeScheduleEntry[], date: string, asOf: string): FeeScheduleEntry | null {
  let best: FeeScheduleEntry | null = null;
  for (const e of entries) {
    if (e.effectiveFrom > date || e.at > asOf) continue;
    if (!best || e.effectiveFrom > best.effectiveFrom || (e.effectiveFrom === best.effectiveFrom && e.at >= best.at)) best = e;
  }
  return best;
}

/** The pharmacy's own schedule in effect, else the default's, else none (no commission). */
export function scheduleInEffect(
  own: readonly FeeScheduleEntry[],
  fallback: readonly FeeScheduleEntry[],
  date: string,
  asOf: string,
): FeeScheduleEntry | null {
  return entryInEffect(own, date, asOf) ?? entryInEffect(fallback, date, asOf);
}
