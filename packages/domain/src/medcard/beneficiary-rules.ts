import { ageOn } from '../egypt/calendar-date';
import { normalizeEgyptianMobile } from '../egypt/mobile';
import { parseNationalId } from '../egypt/national-id';
import { cairoDay } from '../shared/cairo-time';
import { DomainError } from '../shared/errors';
import { relationships, type Beneficiary, type BeneficiaryInput, type Relationship } from './beneficiary';
import { isBlank } from './guards';
import type { ExistingMedCard } from './state';

/**
 * Who may be on a card (product rules, checked on the Cairo day of the command):
 * - exactly one `self`: the primary holder, added by IssueMedCard; never added later, never removed;
 * - at most one spouse. Egyptian law allows a husband more than one wife, but the product keeps one active
 *   spouse entry per card; another spouse is covered by a card of their own;
 * - at most two parents;
 * - children only while under 26 (completed years); no limit on their number;
 * - a national ID at most once among the current members; a removed member may be added again;
 * - the date of birth must equal the one encoded in the national ID;
 * - a mobile number is required from 18 on, optional for anyone younger.
 */
export const MAX_PER_RELATIONSHIP: Readonly<Record<Relationship, number>> = { self: 1, spouse: 1, parent: 2, child: Infinity };
export const CHILD_AGE_LIMIT = 26;
export const MOBILE_REQUIRED_FROM_AGE = 18;

/** Validates one person on their own (identity data), independent of who else is on the card. */
export const buildBeneficiary = (input: BeneficiaryInput, now: string): Beneficiary => {
  const { beneficiaryId, relationship } = input;
  if (isBlank(beneficiaryId) || isBlank(input.name)) {
    throw new DomainError('INVALID_BENEFICIARY', 'A beneficiary needs an id and a name', { beneficiaryId, reason: 'NAME' });
  }
  if (!relationships.includes(relationship)) {
    throw new DomainError('INVALID_BENEFICIARY', `Unknown relationship ${relationship}`, { beneficiaryId, reason: 'RELATIONSHIP' });
  }
  const id = parseNationalId(input.nationalId, now);
  if (input.dateOfBirth !== id.birthDate) {
    throw new DomainError('DATE_OF_BIRTH_MISMATCH', 'Date of birth does not match the national ID', { beneficiaryId });
  }
  const mobile = input.mobile === undefined || input.mobile.trim() === '' ? null : normalizeEgyptianMobile(input.mobile);
  if (mobile === null && ageOn(id.birthDate, cairoDay(now)) >= MOBILE_REQUIRED_FROM_AGE) {
    throw new DomainError('MOBILE_REQUIRED', `A mobile number is required from age ${MOBILE_REQUIRED_FROM_AGE}`, { beneficiaryId });
  }
  const name = input.name.trim();
  return { beneficiaryId, relationship, name, nationalId: id.nationalId, dateOfBirth: id.birthDate, gender: id.gender, mobile };
};

/** Checks `candidate` against the card's current members. */
export const requireRoomFor = (card: ExistingMedCard, candidate: Beneficiary, now: string): void => {
  const members = Object.values(card.beneficiaries);
  const { beneficiaryId, relationship } = candidate;
  if (Object.hasOwn(card.beneficiaries, beneficiaryId)) {
    throw new DomainError('BENEFICIARY_ALREADY_EXISTS', `Beneficiary ${beneficiaryId} already exists`, { beneficiaryId });
  }
  if (members.some((m) => m.nationalId === candidate.nationalId)) {
    throw new DomainError('DUPLICATE_NATIONAL_ID', 'This national ID is already on the card', { beneficiaryId });
  }
  const max = MAX_PER_RELATIONSHIP[relationship];
  if (members.filter((m) => m.relationship === relationship).length >= max) {
    throw new DomainError('BENEFICIARY_LIMIT_REACHED', `At most ${max} ${relationship} per card`, { relationship, max });
  }
  const age = ageOn(candidate.dateOfBirth, cairoDay(now));
  if (relationship === 'child' && age >= CHILD_AGE_LIMIT) {
    throw new DomainError('BENEFICIARY_NOT_ELIGIBLE', `Children are covered until age ${CHILD_AGE_LIMIT}`, {
      beneficiaryId,
      reason: 'CHILD_AGE_LIMIT',
      age,
    });
  }
};
