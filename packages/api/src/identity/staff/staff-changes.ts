import type { Pool, PoolClient, StaffRole } from '@healthpay/db';
import { PERSON_COLUMNS, type PersonRow } from './people';

export type ChangeResult =
  | { status: 'ok'; before: PersonRow; after: PersonRow }
  | { status: 'not-found' | 'last-superadmin' | 'not-allowed' };

/**
 * Runs a change to one account in a transaction that first locks every active superadmin's row (always in
 * the same order), then the target's: two concurrent demotions or deactivations of the last two superadmins
 * are serialised, and the second sees there is only one left.
 */
async function withAccountLock(pool: Pool, userId: string, change: (client: PoolClient, target: PersonRow, activeSuperadmins: number) => Promise<ChangeResult>): Promise<ChangeResult> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const admins = await client.query(`SELECT id FROM users WHERE role = 'superadmin' AND deactivated_at IS NULL ORDER BY id FOR UPDATE`);
    const target = (await client.query<PersonRow>(`SELECT ${PERSON_COLUMNS} FROM users WHERE id = $1 AND role <> 'patient' FOR UPDATE`, [userId])).rows[0];
    const result = target ? await change(client, target, admins.rowCount ?? 0) : { status: 'not-found' as const };
    await client.query(result.status === 'ok' ? 'COMMIT' : 'ROLLBACK');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

const isLastActiveSuperadmin = (p: PersonRow, activeSuperadmins: number) => p.role === 'superadmin' && !p.deactivatedAt && activeSuperadmins <= 1;

async function update(client: PoolClient, id: string, set: string, values: unknown[]): Promise<PersonRow> {
  const res = await client.query<PersonRow>(`UPDATE users SET ${set} WHERE id = $1 RETURNING ${PERSON_COLUMNS}`, [id, ...values]);
  return res.rows[0] as PersonRow;
}

/** Gives a staff member another staff role; the last active superadmin keeps theirs. */
export function changeStaffRole(pool: Pool, userId: string, role: StaffRole): Promise<ChangeResult> {
  return withAccountLock(pool, userId, async (client, before, admins) => {
    if (before.role === 'pharmacist') return { status: 'not-allowed' };
    if (role !== 'superadmin' && isLastActiveSuperadmin(before, admins)) return { status: 'last-superadmin' };
    // A changed role voids the user's sessions by itself (session-actor compares the session's role).
    return { status: 'ok', before, after: await update(client, userId, 'role = $2', [role]) };
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
  return withAccountLock(pool, userId, async (client, before, admins) => {
    if (d.onlyPharmacy && (before.role !== 'pharmacist' || before.pharmacyId !== d.onlyPharmacy.pharmacyId || before.id === d.onlyPharmacy.self)) {
      return { status: 'not-found' };
    }
    if (before.deactivatedAt) return { status: 'ok', before, after: before };
    if (isLastActiveSuperadmin(before, admins)) return { status: 'last-superadmin' };
    const after = await update(client, userId, 'deactivated_at = $2, deactivated_reason = $3, sessions_valid_after = $2', [d.at, d.reason]);
    await client.query('UPDATE api_tokens SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL', [userId, d.at]);
    return { status: 'ok', before, after };
  });
}

/** Lets a deactivated account sign in again (its old sessions stay ended). */
export function reactivateAccount(pool: Pool, userId: string): Promise<ChangeResult> {
  return withAccountLock(pool, userId, async (client, before) => {
    if (!before.deactivatedAt) return { status: 'ok', before, after: before };
    return { status: 'ok', before, after: await update(client, userId, 'deactivated_at = NULL, deactivated_reason = NULL', []) };
  });
}
