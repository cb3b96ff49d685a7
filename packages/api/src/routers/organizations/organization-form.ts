import { z } from 'zod';

/*
 * The organization form's rules, zod only (no server imports), so the staff portal validates with the same
 * schema the procedure uses (`@healthpay/api/organizations`).
 */

/** An organization's id: a stable slug (it appears in token scopes and audit records). */
export const organizationId = z.string().trim().min(1).max(64).regex(/^[a-z0-9][a-z0-9-]*$/, 'Lowercase letters, digits and hyphens');

export const createOrganizationInput = z.strictObject({
  id: organizationId,
  /** HealthPay's own organization is seeded; new ones are employers or insurers. */
  kind: z.enum(['employer', 'insurer']),
  name: z.string().trim().min(2).max(200),
  nameAr: z.string().trim().min(2).max(200),
});
export type CreateOrganizationInput = z.input<typeof createOrganizationInput>;

/** The CSV import sends this many rows per request (members.bulk takes up to 10,000). */
export const IMPORT_CHUNK_ROWS = 250;
export const HEALTHPAY_ORGANIZATION_ID = 'healthpay';
