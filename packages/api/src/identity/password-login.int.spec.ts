import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { apiHarness, type Harness } from '../testing/harness';
import { LOCK_MINUTES, MAX_FAILED_LOGINS, passwordLogin, setPassword } from './password-login';

const PASSWORD = 'correct horse battery staple';
const req = { ip: '10.2.2.2', userAgent: 'login-spec' };

describe('password sign-in', () => {
  let h: Harness;
  let now: Date;
  let hour = 0;
  const deps = () => ({ pool: h.services.pool, clock: () => now });

  beforeAll(async () => {
    h = await apiHarness();
    h.services.clock = () => now;
    now = new Date('2026-01-01T00:00:00Z');
    await setPassword(deps(), 'u-pharmacist', 'Pharmacist@Ezaby.eg', PASSWORD);
  });
  afterAll(() => h?.close());
  beforeEach(async () => {
    now = new Date(Date.UTC(2026, 0, 2, hour++ * 2));
    await setPassword(deps(), 'u-pharmacist', 'pharmacist@ezaby.eg', PASSWORD);
  });

  it('stores an argon2id hash, never the password', async () => {
    const row = await h.services.pool.query<{ password_hash: string }>(`SELECT password_hash FROM credentials WHERE user_id = 'u-pharmacist'`);
    expect(row.rows[0]?.password_hash).toMatch(/^\$argon2id\$v=19\$/);
    expect(JSON.stringify(row.rows)).not.toContain(PASSWORD);
  });

  it('signs in with the right password, whatever the email case', async () => {
    expect(await passwordLogin(deps(), ' PHARMACIST@ezaby.eg ', PASSWORD)).toEqual({ status: 'ok', userId: 'u-pharmacist', role: 'pharmacist', pharmacyId: 'ph-ezaby-maadi' });
    expect(await passwordLogin(deps(), 'nobody@ezaby.eg', PASSWORD)).toEqual({ status: 'invalid' });
  });

  it(`locks the account for ${LOCK_MINUTES} minutes after ${MAX_FAILED_LOGINS} failures, then lets it in again`, async () => {
    for (let i = 1; i < MAX_FAILED_LOGINS; i++) expect(await passwordLogin(deps(), 'pharmacist@ezaby.eg', 'wrong')).toEqual({ status: 'invalid' });
    expect(await passwordLogin(deps(), 'pharmacist@ezaby.eg', 'wrong')).toEqual({ status: 'locked', retryAfterSeconds: LOCK_MINUTES * 60 });
    now = new Date(now.getTime() + 60_000);
    // Locked: even the right password is refused.
    expect(await passwordLogin(deps(), 'pharmacist@ezaby.eg', PASSWORD)).toEqual({ status: 'locked', retryAfterSeconds: (LOCK_MINUTES - 1) * 60 });
    now = new Date(now.getTime() + LOCK_MINUTES * 60_000);
    expect(await passwordLogin(deps(), 'pharmacist@ezaby.eg', PASSWORD)).toMatchObject({ status: 'ok' });
  });

  it('resets the failure count on success', async () => {
    for (let i = 1; i < MAX_FAILED_LOGINS; i++) await passwordLogin(deps(), 'pharmacist@ezaby.eg', 'wrong');
    expect(await passwordLogin(deps(), 'pharmacist@ezaby.eg', PASSWORD)).toMatchObject({ status: 'ok' });
    expect(await passwordLogin(deps(), 'pharmacist@ezaby.eg', 'wrong')).toEqual({ status: 'invalid' });
  });

  it('does not let patients sign in by password', async () => {
    await setPassword(deps(), 'u-ahmed', 'ahmed@example.eg', PASSWORD);
    expect(await passwordLogin(deps(), 'ahmed@example.eg', PASSWORD)).toEqual({ status: 'invalid' });
  });

  it('is rate-limited per email and audited without the password', async () => {
    const service = h.services.identity;
    const attempt = { kind: 'password', email: 'RateLimited@ezaby.eg' } as const;
    for (let i = 0; i < 10; i++) {
      expect(await service.limitSignIn(attempt, req)).toBeNull();
      expect(await service.passwordLogin('ratelimited@ezaby.eg', 'some password', req)).toEqual({ status: 'invalid' });
    }
    // The 11th attempt in the window, whatever the case of the email.
    expect(await service.limitSignIn({ kind: 'password', email: 'ratelimited@EZABY.eg' }, req)).toEqual({ status: 'rate-limited', retryAfterSeconds: 600 });
    await service.passwordLogin('pharmacist@ezaby.eg', PASSWORD, req);
    const rows = await h.services.pool.query(`SELECT * FROM audit_log WHERE action = 'auth.password'`);
    expect(rows.rows.map((r: { result: string }) => r.result)).toEqual(expect.arrayContaining(['INVALID_CREDENTIALS', 'RATE_LIMITED', 'ok']));
    const text = JSON.stringify(rows.rows);
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain('some password');
    expect(text).toContain('login-spec');
  });
});
