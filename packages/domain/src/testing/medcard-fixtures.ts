import { prescriptionClaimKey } from '../medcard/claim-key';
import type { BeneficiaryInput } from '../medcard/beneficiary';
import type { PrescriptionClaimInput, PrescriptionLineInput } from '../medcard/claim';
import type { HolderInput } from '../medcard/commands';

/** One card, one holder and a fixed instant: 10:00 in Cairo (winter time, UTC+2) on Sunday 22 Nov 2026. */
export const CARD_ID = 'card-1';
export const HOLDER_USER_ID = 'user-1';
export const ACTOR_ID = 'staff-1';
export const T0 = '2026-11-22T08:00:00.000Z';
export const EXPIRES_AT = '2027-11-22T08:00:00.000Z';
export const PHARMACY_ID = 'pharmacy-1';

type Person = Omit<BeneficiaryInput, 'relationship'>;
export const HOLDER: HolderInput = {
  userId: HOLDER_USER_ID,
  beneficiaryId: 'b-self',
  name: 'Ahmed Hassan',
  nationalId: '28503140101235', // 1985-03-14, Cairo, male
  dateOfBirth: '1985-03-14',
  mobile: '010 1234 5678',
};
export const SPOUSE: Person = { beneficiaryId: 'b-spouse', name: 'Mona Ali', nationalId: '28807022101248', dateOfBirth: '1988-07-02', mobile: '+20 122 345 6789' };
/** 11 at T0: no mobile needed. */
export const CHILD: Person = { beneficiaryId: 'b-child', name: 'Omar Ahmed', nationalId: '31509300204571', dateOfBirth: '2015-09-30' };
/** 24 at T0, 26 on 2028-05-05. */
export const ADULT_CHILD: Person = { beneficiaryId: 'b-child2', name: 'Salma Ahmed', nationalId: '30205050103329', dateOfBirth: '2002-05-05', mobile: '01112223334' };
export const FATHER: Person = { beneficiaryId: 'b-father', name: 'Hassan Mahmoud', nationalId: '25501201300113', dateOfBirth: '1955-01-20', mobile: '01512345678' };
export const MOTHER: Person = { beneficiaryId: 'b-mother', name: 'Fatma Youssef', nationalId: '25812011200227', dateOfBirth: '1958-12-01', mobile: '01098765432' };
/** 27 at T0: too old to be added as a child. */
export const OLDER_CHILD: Person = { beneficiaryId: 'b-child3', name: 'Karim Ahmed', nationalId: '29901018800152', dateOfBirth: '1999-01-01', mobile: '01200000001' };

export const as = (relationship: BeneficiaryInput['relationship'], person: Person): BeneficiaryInput => ({ ...person, relationship });

/** A line whose totalPrice is right, 30 days' supply unless said otherwise. */
export const line = (drugCode: string, quantity: number, unitPrice: number, daysSupply?: number): PrescriptionLineInput => ({
  drugCode,
  drugName: `Drug ${drugCode}`,
  quantity,
  unitPrice,
  totalPrice: quantity * unitPrice,
  ...(daysSupply !== undefined && { daysSupply }),
});

/** A claim whose submittedTotal is the sum of its lines. */
export const claimOf = (prescriptionId: string, beneficiaryId: string, lines: PrescriptionLineInput[]): PrescriptionClaimInput => ({
  prescriptionId,
  pharmacyId: PHARMACY_ID,
  beneficiaryId,
  lines,
  submittedTotal: lines.reduce((sum, l) => sum + l.totalPrice, 0),
});

export const DOC = { name: 'invoice.pdf', contentType: 'application/pdf', size: 120_000 };

/** The state's key of PHARMACY_ID's claim under `prescriptionId`. */
export const rxKey = (prescriptionId: string): string => prescriptionClaimKey(PHARMACY_ID, prescriptionId);
