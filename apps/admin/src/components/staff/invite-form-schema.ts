import { z } from 'zod';

export const STAFF_ROLE_CHOICES = ['support', 'claims_reviewer', 'finance', 'superadmin'] as const;

/** Message keys in `staff.errors`. */
export type InviteErrorKey = 'email' | 'pharmacy';

/** The invite form: a staff member with a role, or a pharmacy's pharmacist (the API checks the same rules). */
export const inviteForm = z
  .object({
    kind: z.enum(['staff', 'pharmacist']),
    email: z.string().trim().max(254, 'email').pipe(z.email('email')),
    role: z.enum(STAFF_ROLE_CHOICES),
    pharmacyId: z.string(),
    asManager: z.boolean(),
    locale: z.enum(['ar', 'en']),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'pharmacist' && !v.pharmacyId) ctx.addIssue({ code: 'custom', path: ['pharmacyId'], message: 'pharmacy' });
  });
export type InviteFormInput = z.input<typeof inviteForm>;
