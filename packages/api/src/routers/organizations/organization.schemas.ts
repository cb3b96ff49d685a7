import { z } from 'zod';
import { tokenView } from '../tokens/token.schemas';
import { organizationId } from './organization-form';

export { createOrganizationInput } from './organization-form';

export const organizationView = z.object({
  id: z.string(),
  kind: z.enum(['employer', 'insurer', 'healthpay']),
  name: z.string(),
  nameAr: z.string(),
  createdAt: z.date(),
  members: z.int(),
  activeTokens: z.int(),
});

export const issueOrganizationTokenInput = z.strictObject({
  organizationId,
  name: z.string().trim().min(1).max(100),
  /** Default 365; null: never expires. */
  expiresInDays: z.int().min(1).max(3650).nullable().default(365),
});

/** The secret appears here once and is never shown again. */
export const issueOrganizationTokenOutput = z.object({ token: z.string(), apiToken: tokenView });
