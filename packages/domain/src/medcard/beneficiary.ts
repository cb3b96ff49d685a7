import type { Gender } from '../egypt/national-id';

export const relationships = ['self', 'spouse', 'child', 'parent'] as const;
export type Relationship = (typeof relationships)[number];

/** A person covered by the card, as the command supplies it. */
export interface BeneficiaryInput {
  beneficiaryId: string;
  relationship: Relationship;
  name: string;
  nationalId: string;
  dateOfBirth: string; // YYYY-MM-DD, must equal the national ID's birth date
  mobile?: string; // optional only under 18
}

/** A validated member: normalised national ID (ASCII digits) and mobile (E.164), gender from the ID. */
export interface Beneficiary {
  beneficiaryId: string;
  relationship: Relationship;
  name: string;
  nationalId: string;
  dateOfBirth: string;
  gender: Gender;
  mobile: string | null;
}

/** The primary holder: the user who owns the card, and their `self` beneficiary entry. */
export interface MedCardHolder {
  userId: string;
  name: string;
  beneficiaryId: string;
}
