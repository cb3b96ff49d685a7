import { addDays } from '../egypt/calendar-date';
import { cairoDay } from '../shared/cairo-time';
import { isAtOrBefore } from '../shared/instant';
import type { PrescriptionClaim, UsedOverride } from './claim';
import { own } from './records';
import type { Dispensing, ExistingMedCard } from './state';

export interface RefillBlock {
  index: number;
  drugCode: string;
  earliestRefillDate: string; // YYYY-MM-DD in Africa/Cairo
}

/** The dispensing record a line leaves behind; the refill date is counted in Cairo calendar days. */
export const dispensingOf = (claim: Pick<PrescriptionClaim, 'prescriptionId' | 'pharmacyId' | 'beneficiaryId'>, daysSupply: number, at: string): Dispensing => {
  const dispensedOn = cairoDay(at);
  const { prescriptionId, pharmacyId, beneficiaryId } = claim;
  return { prescriptionId, pharmacyId, beneficiaryId, dispensedOn, daysSupply, earliestRefillDate: addDays(dispensedOn, daysSupply) };
};

/**
 * Refill rule: a drug dispensed to ANY member of the card cannot be claimed again, for anyone on the card,
 * before the Cairo day `earliestRefillDate` (dispensed day + daysSupply). Card-wide, because a family sharing
 * one card could otherwise stockpile a drug through each member. A live RefillOverride for the drug code
 * lifts the block for one claim; it is consumed only when it was needed. Across pharmacies too: the same
 * prescription id at another pharmacy is a new claim, but its drugs are still blocked until their refill date.
 */
export const checkRefills = (card: ExistingMedCard, claim: PrescriptionClaim, now: string): { blocked: RefillBlock[]; overridesUsed: UsedOverride[] } => {
  const today = cairoDay(now);
  const blocked: RefillBlock[] = [];
  const overridesUsed: UsedOverride[] = [];
  claim.lines.forEach(({ drugCode }, index) => {
    const last = card.dispensing.get(drugCode);
    if (!last || today >= last.earliestRefillDate) return;
    const override = own(card.refillOverrides, drugCode);
    if (override && !isAtOrBefore(override.expiresAt, now)) overridesUsed.push({ overrideId: override.overrideId, drugCode });
    else blocked.push({ index, drugCode, earliestRefillDate: last.earliestRefillDate });
  });
  return { blocked, overridesUsed };
};
