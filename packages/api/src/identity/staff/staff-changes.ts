import { personChanges, withPersonLocked, type Pool, type PersonRow, type StaffRole } from '@healthpay/db';

export type ChangeResult =
  | { status: 'ok'; before: PersonRow; after: PersonRow }
  | { status: 'not-found' | 'last-superadmin' | 'not-allowed' };

const isLastActiveSuperadmin = (p: PersonRow, activeSuperadmins: number) => p.role === 'superadmin' && !p.deactivatedAt && activeSuperadmins <= 1;

/** Gives a staff member another staff role; the last active superadmin keeps theirs. */
export function changeStaffRole(pool: Pool, userId: string, role: StaffRole): Promise<ChangeResult> {
  return withPersonLocked<ChangeResult>(pool, userId, async (client, before, admins) => {
    if (before.role === 'pharmacist') return { status: 'not-allowed' };
    if (role !== 'superadmin' && isLastActiveSuperadmin(before, admins)) return { status: 'last-superadmin' };
    // A changed role voids the user's sessions by itself (session-actor compares the session's role).
    return { status: 'ok', before, after: await personChanges.role(client, userId, role) };
  });
}

export interface Deactivation {
  reason: string;
  at: Date;
  /** Pharmacy managers: only pharmacists of this pharmacy (never themselves). */
  onlyPharmacy?: { pharmacyId: string; self: string };
}

/**
 * Deactivates an account: no sign-in from now on, every session ended at the same instant, its API tokens
 * revoked. Deactivating one already deactivated changes nothing (and answers ok with before = after).
 */
export function deactivateAccount(pool: Pool, userId: string, d: Deactivation): Promise<ChangeResult> {
  return withPersonLocked<ChangeResult>(pool, userId, async (client, before, admins) => {
    if (d.onlyPharmacy && (before.role !== 'pharmacist' || before.pharmacyId !== d.onlyPharmacy.pharmacyId || before.id === d.onlyPharmacy.self)) {
      return { status: 'not-found' };
    }
    if (before.deactivatedAt) return { status: 'ok', before, after: before };
    if (isLastActiveSuperadmin(before, admins)) return { status: 'last-superadmin' };
    return { status: 'ok', before, after: await personChanges.deactivate(client, userId, d.at, d.reason) };
  });
}

/** Lets a deactivated account sign in again (its old sessions stay ended). */
export function reactivateAccount(pool: Pool, userId: string): Promise<ChangeResult> {
  return withPersonLocked<ChangeResult>(pool, userId, async (client, before) => {
    if (!before.deactivatedAt) return { status: 'ok', before, after: before };
    return { status: 'ok', before, after: await personChanges.reactivate(client, userId) };
  });
}
