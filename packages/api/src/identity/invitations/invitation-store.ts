import { emailHasAccount as storedEmailHasAccount, insertInvitationReplacing, selectInvitations, type InvitationRow, type Pool, type PharmacyRole, type UserRole } from '@healthpay/db';
import { normalizeEmail } from '../email';
import { INVITATION_TTL_MS, invitationStatus, newInvitationToken, type InvitationStatus } from './invitation-rules';

// The statements live in @healthpay/db (identity/invitations); the token, its lifetime and the status rules here.
export { getInvitation, INVITATION_COLUMNS, revokeInvitation, type InvitationRow } from '@healthpay/db';

export interface StoreDeps {
  pool: Pool;
  clock: () => Date;
  newId: () => string;
}

export interface NewInvitation {
  email: string;
  role: UserRole;
  pharmacyId: string | null;
  pharmacyRole: PharmacyRole | null;
  locale: 'ar' | 'en';
  createdBy: string;
}

export type CreateResult = { status: 'created'; invitation: InvitationRow; token: string; replaced: string[] } | { status: 'account-exists' };

/** Whether an email already belongs to an account (users or password credentials). */
export const emailHasAccount = (db: Pick<Pool, 'query'>, email: string): Promise<boolean> => storedEmailHasAccount(db, normalizeEmail(email));

/**
 * A new invitation with a fresh token (only its SHA-256 stored). An email that has an account is refused, and a
 * pending invitation to the same email is revoked (replaced), so at most one link to an email works at a time.
 */
export async function createInvitation(deps: StoreDeps, spec: NewInvitation): Promise<CreateResult> {
  const now = deps.clock();
  const { token, tokenHash } = newInvitationToken();
  const stored = await insertInvitationReplacing(deps.pool, {
    ...spec, id: deps.newId(), email: normalizeEmail(spec.email), tokenHash, expiresAt: new Date(now.getTime() + INVITATION_TTL_MS), createdAt: now,
  });
  return stored ? { status: 'created', token, ...stored } : { status: 'account-exists' };
}

export interface InvitationFilter {
  /** Staff invitations, or pharmacists' (optionally of one pharmacy). */
  kind: 'staff' | 'pharmacists';
  pharmacyId?: string;
  status?: InvitationStatus;
  limit: number;
}

/** Newest first; the status is computed against `now` (expired is not stored). */
export async function listInvitations(pool: Pool, f: InvitationFilter, now: Date): Promise<(InvitationRow & { status: InvitationStatus })[]> {
  return (await selectInvitations(pool, f, now)).map((r) => ({ ...r, status: invitationStatus(r, now) }));
}
