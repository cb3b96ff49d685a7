import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../errors/app-error';
import { DEMO_PASSWORD, seedDemoCredentials } from '../../identity/demo-credentials';
import { setPassword } from '../../identity/password-login';
import { authBrowser } from '../../testing/auth-browser';
import { apiHarness, type Harness } from '../../testing/harness';
import { freshEmail, scratchAccount } from '../../testing/invitations';

const codeOf = (error: unknown) => (error instanceof TRPCError && error.cause instanceof AppError ? error.cause.code : String(error));
async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (error) {
    return codeOf(error);
  }
  throw new Error('expected a refusal');
}

describe('staff management', () => {
  let h: Harness;
  let now: Date;
  let hour = 0;

  beforeAll(async () => {
    h = await apiHarness();
    await seedDemoCredentials(h.services.pool);
  });
  afterAll(() => h?.close());
  beforeEach(() => {
    now = new Date(Date.UTC(2026, 11, 2, hour++, 0, 0));
    h.services.clock = () => now;
  });

  /** A staff member with a password, so they can sign in. */
  async function staffWithPassword(role: 'support' | 'finance' | 'superadmin' | 'claims_reviewer') {
    const id = await scratchAccount(h.services, role);
    const email = freshEmail('staff');
    await h.services.pool.query('UPDATE users SET email = $2 WHERE id = $1', [id, email]);
    await setPassword(h.services, id, email, DEMO_PASSWORD);
    return { id, email };
  }

  it('deactivation ends an existing session at once and refuses sign-in; reactivation lets them sign in again', async () => {
    const { id, email } = await staffWithPassword('support');
    const browser = authBrowser('admin', () => h.services, `10.8.0.${hour}`);
    expect(await browser.signIn({ email, password: DEMO_PASSWORD })).toMatchObject({ code: null });
    expect(await browser.actor()).toMatchObject({ userId: id, role: 'support' });

    const admin = await h.as('u-admin');
    now = new Date(now.getTime() + 60_000);
    const after = await admin.staff.deactivate({ userId: id, reason: 'Left HealthPay' });
    expect(after).toMatchObject({ deactivatedReason: 'Left HealthPay', deactivatedAt: now });
    // The very same cookie no longer signs anyone in.
    expect(await browser.actor()).toBeNull();
    expect(await authBrowser('admin', () => h.services, `10.8.1.${hour}`).signIn({ email, password: DEMO_PASSWORD })).toMatchObject({ code: 'invalid_credentials' });

    const audit = await h.services.pool.query(`SELECT actor_id, details FROM audit_log WHERE action = 'staff.deactivate' AND aggregate_id = $1`, [id]);
    expect(audit.rows[0]).toMatchObject({ actor_id: 'u-admin', details: { reason: 'Left HealthPay', before: { deactivatedAt: null }, after: { deactivatedReason: 'Left HealthPay' } } });

    await admin.staff.reactivate({ userId: id });
    now = new Date(now.getTime() + 60_000);
    const again = authBrowser('admin', () => h.services, `10.8.2.${hour}`);
    expect(await again.signIn({ email, password: DEMO_PASSWORD })).toMatchObject({ code: null });
    expect(await again.actor()).toMatchObject({ userId: id });
    // The session from before the deactivation stays ended.
    expect(await browser.actor()).toBeNull();
  });

  it('a changed role is audited with before and after, and the old session ends', async () => {
    const { id, email } = await staffWithPassword('support');
    const browser = authBrowser('admin', () => h.services, `10.8.3.${hour}`);
    await browser.signIn({ email, password: DEMO_PASSWORD });
    const changed = await (await h.as('u-admin')).staff.changeRole({ userId: id, role: 'claims_reviewer' });
    expect(changed.role).toBe('claims_reviewer');
    expect(await browser.actor()).toBeNull();
    const audit = await h.services.pool.query(`SELECT details FROM audit_log WHERE action = 'staff.role.change' AND aggregate_id = $1`, [id]);
    expect(audit.rows[0]?.details).toMatchObject({ before: { role: 'support' }, after: { role: 'claims_reviewer' } });
    expect(await refusal((await h.as('u-admin')).staff.changeRole({ userId: 'u-pharmacist', role: 'support' }))).toBe('VALIDATION_FAILED');
  });

  it('the last active superadmin can be neither deactivated nor demoted', async () => {
    const admin = await h.as('u-admin');
    expect(await refusal(admin.staff.deactivate({ userId: 'u-admin', reason: 'testing the rule' }))).toBe('LAST_SUPERADMIN');
    expect(await refusal(admin.staff.changeRole({ userId: 'u-admin', role: 'support' }))).toBe('LAST_SUPERADMIN');
    const audit = await h.services.pool.query(`SELECT result FROM audit_log WHERE action IN ('staff.deactivate', 'staff.role.change') AND aggregate_id = 'u-admin'`);
    expect(audit.rows.map((r) => r.result)).toEqual(['LAST_SUPERADMIN', 'LAST_SUPERADMIN']);
  });

  it('two superadmins removing each other at the same time leave one (race-safe)', async () => {
    const second = await scratchAccount(h.services, 'superadmin');
    const [a, b] = [await h.as('u-admin'), await h.as(second)];
    const results = await Promise.allSettled([
      a.staff.deactivate({ userId: second, reason: 'race one' }),
      b.staff.changeRole({ userId: 'u-admin', role: 'finance' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(codeOf((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason)).toBe('LAST_SUPERADMIN');
    const left = await h.services.pool.query(`SELECT count(*)::int AS n FROM users WHERE role = 'superadmin' AND deactivated_at IS NULL`);
    expect(left.rows[0]).toEqual({ n: 1 });
    // Put things back for the other tests: whoever is left reactivates or promotes the other.
    await h.services.pool.query(`UPDATE users SET role = 'superadmin', deactivated_at = NULL, deactivated_reason = NULL WHERE id IN ('u-admin', $1)`, [second]);
  });

  it('lists staff and pharmacists, filterable', async () => {
    const admin = await h.as('u-admin');
    const staff = await admin.staff.list({ kind: 'staff' });
    expect(staff.items.map((p) => p.id)).toEqual(expect.arrayContaining(['u-admin', 'u-support', 'u-finance', 'u-reviewer']));
    expect(staff.items.every((p) => p.role !== 'pharmacist' && p.role !== 'patient')).toBe(true);
    const ezaby = await admin.staff.list({ kind: 'pharmacists', pharmacyId: 'ph-ezaby-maadi' });
    expect(ezaby.items.map((p) => [p.id, p.pharmacyRole])).toContainEqual(['u-pharmacist', 'manager']);
    expect(ezaby.items.every((p) => p.pharmacyId === 'ph-ezaby-maadi')).toBe(true);
    expect((await admin.staff.list({ kind: 'staff', query: 'Nadia' })).items.map((p) => p.id)).toEqual(['u-admin']);
  });
});
