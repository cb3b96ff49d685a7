import { z } from 'zod';

export const tokenView = z.object({
  id: z.string(),
  /** Null for an organization token (it acts as the organization, not as a user). */
  userId: z.string().nullable(),
  pharmacyId: z.string().nullable(),
  organizationId: z.string().nullable(),
  name: z.string(),
  createdBy: z.string(),
  createdAt: z.date(),
  expiresAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
  lastUsedAt: z.date().nullable(),
});

export const issueTokenInput = z.strictObject({
  /** The pharmacist the token acts as. */
  userId: z.string().trim().min(1).max(100),
  pharmacyId: z.string().trim().min(1).max(100),
  name: z.string().trim().min(1).max(100),
  /** Default 365; null: never expires. */
  expiresInDays: z.int().min(1).max(3650).nullable().default(365),
});

/** The secret appears here once and is never shown again. */
export const issueTokenOutput = z.object({ token: z.string(), apiToken: tokenView });
