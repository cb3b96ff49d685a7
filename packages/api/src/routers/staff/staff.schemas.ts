import { PHARMACY_ROLES, STAFF_ROLES, USER_ROLES } from '@healthpay/db';
import { z } from 'zod';

const userId = z.string().trim().min(1).max(100);

export const personView = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  role: z.enum(USER_ROLES),
  pharmacyId: z.string().nullable(),
  pharmacyRole: z.enum(PHARMACY_ROLES).nullable(),
  deactivatedAt: z.date().nullable(),
  deactivatedReason: z.string().nullable(),
  createdAt: z.date(),
});
export type PersonView = z.infer<typeof personView>;

export const listStaffInput = z.strictObject({
  kind: z.enum(['staff', 'pharmacists']).default('staff'),
  pharmacyId: z.string().trim().min(1).max(100).optional(),
  status: z.enum(['active', 'deactivated']).optional(),
  query: z.string().trim().min(1).max(100).optional(),
  limit: z.int().min(1).max(500).default(200),
});
export const listStaffOutput = z.object({ items: z.array(personView) });

export const changeRoleInput = z.strictObject({ userId, role: z.enum(STAFF_ROLES) });
export const deactivateInput = z.strictObject({ userId, reason: z.string().trim().min(3, 'Say why (at least 3 characters)').max(500) });
export type DeactivateInput = z.input<typeof deactivateInput>;
export const userIdInput = z.strictObject({ userId });
