import { z } from 'zod';
import { documentIds } from '../../routers/insurance/insurance.schemas';
import { calendarDate, copaymentPercent, entityId, insurancePolicy, instant, reason, relationship, tier, userId } from '../../routers/medcard/medcard.schemas';
import { holderFields } from '../../routers/medcard/resolve-holder';
import { rejectionReason } from '../../routers/insurance/insurance.schemas';
import { pounds } from '../../schemas/pounds';

/*
 * REST request bodies: amounts in pounds (see schemas/pounds.ts), strict objects so a misspelt optional
 * field is a 400 rather than silently ignored.
 */

export const issueCardBody = z.strictObject({
  userId,
  cardType: tier,
  /** EGP per Africa/Cairo month; the tier's default when left out. */
  monthlyLimit: pounds.optional(),
  copaymentPercent: copaymentPercent.optional(),
  expiresAt: instant.optional(),
  insurance: insurancePolicy.strict().optional(),
  /** Left out: taken from the user's record (name, national ID, mobile; birth date from the national ID). */
  holder: holderFields.strict().optional(),
  /** A card issued over REST is usable at once unless `false`. */
  activate: z.boolean().default(true),
  /** Staff only: why the patient gets a second card while holding one (else 409 HOLDER_HAS_CARD). */
  secondCardReason: z.string().trim().min(10).max(500).optional(),
});

export const cardStatusBody = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('activate') }),
  z.strictObject({ action: z.literal('reactivate') }),
  z.strictObject({ action: z.literal('suspend'), reason }),
  z.strictObject({ action: z.literal('close'), reason }),
  z.strictObject({ action: z.literal('expire') }),
]);

export const changeTierBody = z.strictObject({ cardType: tier, monthlyLimit: pounds.optional(), copaymentPercent: copaymentPercent.optional() });
export const monthlyLimitBody = z.strictObject({ monthlyLimit: pounds, reason: z.string().trim().min(3).max(500).optional() });
export const copaymentBody = z.strictObject({ copaymentPercent });

export const addBeneficiaryBody = z.strictObject({
  beneficiaryId: entityId.optional(),
  relationship: relationship.exclude(['self']),
  name: z.string().trim().min(1).max(200),
  nationalId: z.string().trim().min(1).max(20),
  dateOfBirth: calendarDate.optional(),
  mobile: z.string().trim().min(1).max(30).optional(),
});

export const prescriptionItem = z.strictObject({
  drugCode: z.string().trim().min(1).max(50),
  drugName: z.string().trim().min(1).max(200),
  quantity: z.int().positive().max(100_000),
  unitPrice: pounds,
  /** quantity × unitPrice. */
  totalPrice: pounds,
  daysSupply: z.int().min(1).max(365).optional(),
});

export const prescriptionClaimBody = z.strictObject({
  prescriptionId: entityId,
  /** A pharmacist's own pharmacy when left out (another pharmacy's id is 403); staff must give one. */
  pharmacyId: entityId.optional(),
  beneficiaryId: entityId,
  /** The sum of the items' totalPrice. */
  totalAmount: pounds,
  items: z.array(prescriptionItem).min(1).max(50),
});

export const refillOverrideBody = z.strictObject({ drugCode: z.string().trim().min(1).max(50), reason, expiresAt: instant.optional() });

/** Ids from POST /api/documents (one file per request, uploaded with the same token). */
export const fileInsuranceBody = z.strictObject({ amount: pounds, documentIds, prescriptionId: entityId.optional() });
export const resubmitInsuranceBody = z.strictObject({ amount: pounds.optional(), documentIds: documentIds.optional() });

const note = z.string().trim().min(1).max(1000);
export const reviewInsuranceBody = z.discriminatedUnion('decision', [
  z.strictObject({ decision: z.literal('approve'), approvedAmount: pounds }),
  z.strictObject({ decision: z.literal('reject'), reason: rejectionReason, note: note.optional() }),
  z.strictObject({ decision: z.literal('return'), note }),
]);
