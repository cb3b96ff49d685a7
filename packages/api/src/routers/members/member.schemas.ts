import { z } from 'zod';
import { calendarDate, copaymentPercent, positiveMoney, relationship, tier } from '../medcard/medcard.schemas';
import { organizationId } from '../organizations/organization-form';
import { nameArSchema, nameEnSchema } from '../registration/registration.schemas';

/** The organization's own id for the person (employee number, policy number): unique per organization. */
export const externalId = z.string().trim().min(1).max(100).regex(/^[^\s/]+$/, 'No spaces or slashes').meta({ examples: ['EMP-00042', 'test-user-1'] });
export { organizationId };

/** A family member to put on the member's card (the rules of beneficiaries.add). */
export const familyMember = z.strictObject({
  relationship: relationship.exclude(['self']),
  nationalId: z.string().trim().min(1).max(20),
  name: z.string().trim().min(1).max(200),
  dateOfBirth: calendarDate.optional(),
  mobile: z.string().trim().min(1).max(30).optional(),
});

/** One member to enroll (tRPC: amounts in piasters); optionally their card and family. */
export const memberRow = z.strictObject({
  externalId,
  nationalId: z.string().trim().min(1).max(20),
  phone: z.string().trim().min(1).max(40),
  nameEn: nameEnSchema,
  nameAr: nameArSchema.optional(),
  locale: z.enum(['ar', 'en']).optional(),
  /** A card issued once per member (re-running the row never issues a second). */
  card: z.strictObject({ tier, monthlyLimit: positiveMoney.optional(), copaymentPercent: copaymentPercent.optional() }).optional(),
  family: z.array(familyMember).max(10).optional(),
});
export type MemberRowInput = z.output<typeof memberRow>;

export const MAX_BULK_ROWS = 10_000;

export const enrollInput = memberRow.extend({
  /** Staff only: a superadmin may name another organization (default: HealthPay's own). */
  organizationId: organizationId.optional(),
});

/**
 * Rows are checked one by one (a bad row is reported, not the whole request), so they arrive unparsed here;
 * each must match `memberRow`.
 */
export const bulkInput = z.strictObject({
  organizationId: organizationId.optional(),
  rows: z.array(z.unknown()).min(1).max(MAX_BULK_ROWS),
});

export const rowOutcome = z.enum(['created', 'matched', 'error']);

/** One row's result, in the order sent: `created` (new membership), `matched` (already enrolled), `error`. */
export const rowResult = z.object({
  /** 1-based position in `rows`. */
  row: z.int(),
  externalId: z.string().nullable(),
  outcome: rowOutcome,
  /** The HealthPay user id (also on an error past enrollment, e.g. a card refused). */
  userId: z.string().nullable(),
  /** Whether the patient was created now or an existing account (matched by national ID and mobile). */
  patient: z.enum(['created', 'existing']).nullable(),
  cardId: z.string().nullable(),
  code: z.string().nullable(),
  message: z.string().nullable(),
});
export type RowResult = z.infer<typeof rowResult>;

export const bulkOutput = z.object({
  organizationId: z.string(),
  summary: z.object({ rows: z.int(), created: z.int(), matched: z.int(), errors: z.int(), cardsIssued: z.int() }),
  results: z.array(rowResult),
});

export const memberView = z.object({
  organizationId: z.string(),
  externalId: z.string(),
  userId: z.string(),
  name: z.string(),
  nameAr: z.string().nullable(),
  phone: z.string().nullable(),
  nationalIdMasked: z.string().nullable(),
  createdAt: z.date(),
});

export const enrollOutput = memberView.extend({
  outcome: z.enum(['created', 'matched']),
  patient: z.enum(['created', 'existing']),
  cardId: z.string().nullable(),
});
