import { randomUUID } from 'node:crypto';
import type { PharmacyRole, UserRole } from '@healthpay/db';
import { createInvitation } from '../identity/invitations/invitation-store';
import type { Services } from '../services/services';

let serial = 0;
/** An email no account or invitation has used. */
export const freshEmail = (label = 'invitee') => `${label}-${Date.now().toString(36)}-${serial++}@example.eg`;

/** A pending invitation made directly in the store, with its link token (what the email would carry). */
export async function invitationFor(
  services: Pick<Services, 'pool' | 'clock' | 'newId'>,
  spec: { role: UserRole; pharmacyId?: string | null; pharmacyRole?: PharmacyRole | null; email?: string; createdBy?: string },
): Promise<{ id: string; token: string; email: string }> {
  const email = spec.email ?? freshEmail(spec.role);
  const created = await createInvitation(services, {
    email, role: spec.role, pharmacyId: spec.pharmacyId ?? null, pharmacyRole: spec.pharmacyRole ?? (spec.role === 'pharmacist' ? 'pharmacist' : null),
    locale: 'en', createdBy: spec.createdBy ?? 'u-admin',
  });
  if (created.status !== 'created') throw new Error(`could not invite ${email}`);
  return { id: created.invitation.id, token: created.token, email };
}

/** A throwaway account (no password) for specs that change or deactivate one. */
export async function scratchAccount(services: Pick<Services, 'pool'>, role: UserRole, pharmacyId: string | null = null): Promise<string> {
  const id = `u-scratch-${randomUUID()}`;
  await services.pool.query(
    `INSERT INTO users (id, role, name, email, locale, pharmacy_id, pharmacy_role) VALUES ($1, $2, $3, $4, 'en', $5, $6)`,
    [id, role, `Scratch ${role}`, freshEmail('scratch'), pharmacyId, role === 'pharmacist' ? 'pharmacist' : null],
  );
  return id;
}
