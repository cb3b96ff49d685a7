import { PHARMACY_ROLES, STAFF_ROLES, USER_ROLES } from '@healthpay/db';
import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from '../../identity/password-login';

const id = z.string().trim().min(1).max(100);
export const emailField = z.string().trim().max(254).pipe(z.email('Enter an email address')).transform((e) => e.toLowerCase());
const locale = z.enum(['ar', 'en']).default('ar');
/** A link token as the email carries it (43 base64url characters); length-bounded here, shape-checked on lookup. */
export const tokenField = z.string().trim().min(1).max(200);

export const INVITATION_STATUSES = ['pending', 'accepted', 'expired', 'revoked'] as const;

export const inviteStaffInput = z.strictObject({ email: emailField, role: z.enum(STAFF_ROLES), locale });
export type InviteStaffInput = z.input<typeof inviteStaffInput>;

export const invitePharmacistInput = z.strictObject({
  email: emailField,
  /** Staff name the pharmacy; a pharmacy manager's own pharmacy is used (another one is refused). */
  pharmacyId: id.optional(),
  /** Staff only: the pharmacy's first manager (refused when it has an active manager already). */
  asManager: z.boolean().default(false),
  locale,
});
export type InvitePharmacistInput = z.input<typeof invitePharmacistInput>;

export const invitationView = z.object({
  id: z.string(),
  email: z.string(),
  role: z.enum(USER_ROLES),
  pharmacyId: z.string().nullable(),
  pharmacyRole: z.enum(PHARMACY_ROLES).nullable(),
  locale: z.enum(['ar', 'en']),
  status: z.enum(INVITATION_STATUSES),
  expiresAt: z.date(),
  createdBy: z.string(),
  createdAt: z.date(),
  acceptedAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
  acceptedUserId: z.string().nullable(),
});
export type InvitationView = z.infer<typeof invitationView>;

/** The new invitation; `emailSent` false when the mail server could not take it (resend later). */
export const invitationSentOutput = z.object({ invitation: invitationView, emailSent: z.boolean() });

export const listInvitationsInput = z.strictObject({
  kind: z.enum(['staff', 'pharmacists']).default('staff'),
  pharmacyId: id.optional(),
  status: z.enum(INVITATION_STATUSES).optional(),
  limit: z.int().min(1).max(200).default(100),
});
export const listInvitationsOutput = z.object({ items: z.array(invitationView) });

export const invitationIdInput = z.strictObject({ id: z.uuid() });

export const tokenInput = z.strictObject({ token: tokenField });
export const inspectInvitationOutput = z.object({
  status: z.enum(INVITATION_STATUSES),
  email: z.string(),
  role: z.enum(USER_ROLES),
  pharmacyRole: z.enum(PHARMACY_ROLES).nullable(),
  requiresTotp: z.boolean(),
});
export const invitationTotpOutput = z.object({ secret: z.string(), uri: z.string() });

export const acceptInvitationInput = z.strictObject({
  token: tokenField,
  name: z.string().trim().min(2, 'Enter your full name').max(120),
  password: z.string().min(MIN_PASSWORD_LENGTH, `At least ${MIN_PASSWORD_LENGTH} characters`).max(200),
  /** Two-step roles: a code from the authenticator app set up with invitations.startTotp. */
  totpCode: z.string().trim().regex(/^\d{6}$/, 'Enter the 6-digit code from your app').optional(),
});
export type AcceptInvitationInput = z.input<typeof acceptInvitationInput>;
export const acceptInvitationOutput = z.object({ email: z.string(), role: z.enum(USER_ROLES) });
