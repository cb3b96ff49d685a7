import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../errors/app-error';
import { seedDemoCredentials } from '../../identity/demo-credentials';
import { INVITATION_TTL_MS } from '../../identity/invitations/invitation-rules';
import { devEmail, devEmailOutbox } from '../../identity/mail/dev-email';
import { passwordLogin } from '../../identity/password-login';
import { base32Decode, totpCode, totpStep } from '../../identity/totp';
import { apiHarness, type Harness } from '../../testing/harness';
import { freshEmail, invitationFor } from '../../testing/invitations';

const codeOf = (error: unknown) => (error instanceof TRPCError && error.cause instanceof AppError ? error.cause.code : String(error));
async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (error) {
    return codeOf(error);
  }
  throw new Error('expected a refusal');
}

const PASSWORD = 'a-long-enough-password-2026';
/** The token of the newest link emailed to `to` (the development outbox). */
async function linkTokenOf(h: Harness, to: string): Promise<string> {
  const [latest] = await devEmailOutbox(h.services.pool, to, 1);
  const token = /\/invite\/([A-Za-z0-9_-]{43})/.exec(latest?.text ?? '')?.[1];
  if (!token) throw new Error(`no invitation emailed to ${to}`);
  return token;
}

describe('staff and pharmacists are invited', () => {
  let h: Harness;
  let now: Date;
  let hour = 0;
  const logged: string[] = [];
  const anonymous = (ip = `10.7.0.${hour}`) => h.as(null, { request: { ip, userAgent: 'invitations-spec' } });

  beforeAll(async () => {
    h = await apiHarness();
    h.services.email = devEmail(h.services.pool, 'test', (line) => logged.push(line));
    await seedDemoCredentials(h.services.pool);
  });
  afterAll(() => h?.close());
  beforeEach(() => {
    now = new Date(Date.UTC(2026, 11, 1, hour++, 0, 0));
    h.services.clock = () => now;
  });

  it('a superadmin invites a staff member: the email lands in the outbox and the log, the link opens one account', async () => {
    const email = freshEmail('claims.person');
    const admin = await h.as('u-admin');
    const sent = await admin.invitations.inviteStaff({ email: `  ${email.toUpperCase()} `, role: 'claims_reviewer', locale: 'en' });
    expect(sent).toMatchObject({ emailSent: true, invitation: { email, role: 'claims_reviewer', status: 'pending', locale: 'en' } });
    expect(sent.invitation.expiresAt.getTime() - now.getTime()).toBe(INVITATION_TTL_MS);

    const [mail] = await devEmailOutbox(h.services.pool, email);
    expect(mail).toMatchObject({ to: email, subject: 'Your invitation to HealthPay' });
    expect(mail?.text).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:3001/invite/[A-Za-z0-9_-]{43}$`, 'm'));
    expect(logged.at(-1)).toMatch(new RegExp(`^\\[email:dev\\] to=${email.replace(/\./g, '\\.')} subject="Your invitation to HealthPay" link=http://127\\.0\\.0\\.1:3001/invite/`));
    const token = await linkTokenOf(h, email);
    // Only the hash is stored.
    const stored = await h.services.pool.query('SELECT token_hash FROM invitations WHERE id = $1', [sent.invitation.id]);
    expect(JSON.stringify(stored.rows)).not.toContain(token);

    const api = await anonymous();
    expect(await api.invitations.inspect({ token })).toEqual({ status: 'pending', email, role: 'claims_reviewer', pharmacyRole: null, requiresTotp: false });
    expect(await api.invitations.accept({ token, name: 'Claims Person', password: PASSWORD })).toEqual({ email, role: 'claims_reviewer' });
    expect(await passwordLogin(h.services, email, PASSWORD)).toMatchObject({ status: 'ok', role: 'claims_reviewer' });

    // Single use.
    expect(await api.invitations.inspect({ token })).toMatchObject({ status: 'accepted' });
    expect(await refusal(api.invitations.accept({ token, name: 'Someone Else', password: PASSWORD }))).toBe('INVITATION_USED');
    const audit = await h.services.pool.query(`SELECT result FROM audit_log WHERE action = 'invitations.accept' AND aggregate_id = $1 ORDER BY id`, [sent.invitation.id]);
    expect(audit.rows.map((r) => r.result)).toEqual(['ok', 'ACCEPTED']);
  });

  it('an invitation link expires after 72 hours (clock injected)', async () => {
    const { token } = await invitationFor(h.services, { role: 'support' });
    now = new Date(now.getTime() + INVITATION_TTL_MS - 1);
    expect(await (await anonymous()).invitations.inspect({ token })).toMatchObject({ status: 'pending' });
    now = new Date(now.getTime() + 1);
    const api = await anonymous();
    expect(await api.invitations.inspect({ token })).toMatchObject({ status: 'expired' });
    expect(await refusal(api.invitations.accept({ token, name: 'Too Late', password: PASSWORD }))).toBe('INVITATION_EXPIRED');
  });

  it('a revoked link is dead; a resent one replaces the old link, which is dead too', async () => {
    const admin = await h.as('u-admin');
    const api = await anonymous();
    const revoked = await invitationFor(h.services, { role: 'finance' });
    expect(await admin.invitations.revoke({ id: revoked.id })).toMatchObject({ status: 'revoked' });
    expect(await refusal(api.invitations.accept({ token: revoked.token, name: 'No One', password: PASSWORD }))).toBe('INVITATION_REVOKED');

    const email = freshEmail('resent');
    const first = await admin.invitations.inviteStaff({ email, role: 'support' });
    const oldToken = await linkTokenOf(h, email);
    const again = await admin.invitations.resend({ id: first.invitation.id });
    const newToken = await linkTokenOf(h, email);
    expect(newToken).not.toBe(oldToken);
    expect(again.invitation.id).not.toBe(first.invitation.id);
    expect(await api.invitations.inspect({ token: oldToken })).toMatchObject({ status: 'revoked' });
    expect(await refusal(admin.invitations.resend({ id: first.invitation.id }))).toBe('INVITATION_REVOKED');
    await expect(api.invitations.accept({ token: newToken, name: 'Resent Person', password: PASSWORD })).resolves.toMatchObject({ email });
  });

  it('a new invitation to the same pending email replaces the older one', async () => {
    const admin = await h.as('u-admin');
    const email = freshEmail('twice');
    const older = await admin.invitations.inviteStaff({ email, role: 'support' });
    now = new Date(now.getTime() + 60_000);
    await admin.invitations.inviteStaff({ email, role: 'finance', locale: 'ar' });
    const list = await admin.invitations.list({ kind: 'staff' });
    expect(list.items.filter((i) => i.email === email).map((i) => [i.role, i.status])).toEqual([['finance', 'pending'], ['support', 'revoked']]);
    expect(list.items.find((i) => i.id === older.invitation.id)?.status).toBe('revoked');
    const [mail] = await devEmailOutbox(h.services.pool, email, 1);
    expect(mail?.subject).toBe('دعوة للانضمام إلى HealthPay');
  });

  it('two accepts of one link at once open one account', async () => {
    const { token, email } = await invitationFor(h.services, { role: 'support' });
    const a = await anonymous('10.7.1.1');
    const b = await anonymous('10.7.1.2');
    const results = await Promise.allSettled([
      a.invitations.accept({ token, name: 'First Racer', password: PASSWORD }),
      b.invitations.accept({ token, name: 'Second Racer', password: PASSWORD }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(codeOf(lost.reason)).toBe('INVITATION_USED');
    expect((await h.services.pool.query('SELECT 1 FROM users WHERE email = $1', [email])).rowCount).toBe(1);
  });

  it('refuses an email that already has an account, clearly', async () => {
    const admin = await h.as('u-admin');
    expect(await refusal(admin.invitations.inviteStaff({ email: 'Support@HealthPay.eg', role: 'finance' }))).toBe('ACCOUNT_EXISTS');
    expect(await refusal(admin.invitations.invitePharmacist({ email: 'pharmacist@seif.eg', pharmacyId: 'ph-seif-smouha' }))).toBe('ACCOUNT_EXISTS');
  });

  it('two-step roles set up TOTP while accepting: no account without a valid code', async () => {
    const { token, email } = await invitationFor(h.services, { role: 'superadmin' });
    const api = await anonymous();
    expect(await api.invitations.inspect({ token })).toMatchObject({ requiresTotp: true });
    expect(await refusal(api.invitations.accept({ token, name: 'New Admin', password: PASSWORD }))).toBe('VALIDATION_FAILED');
    const { secret, uri } = await api.invitations.startTotp({ token });
    expect(uri).toContain(encodeURIComponent(email));
    const good = totpCode(base32Decode(secret), totpStep(now));
    const wrong = String((Number(good) + 1) % 1_000_000).padStart(6, '0');
    expect(await refusal(api.invitations.accept({ token, name: 'New Admin', password: PASSWORD, totpCode: wrong }))).toBe('VALIDATION_FAILED');
    expect((await h.services.pool.query('SELECT 1 FROM users WHERE email = $1', [email])).rowCount).toBe(0);
    await api.invitations.accept({ token, name: 'New Admin', password: PASSWORD, totpCode: good });
    const cred = await h.services.pool.query(`SELECT totp_enabled_at IS NOT NULL AS on FROM credentials WHERE email = $1`, [email]);
    expect(cred.rows[0]).toEqual({ on: true });
    // Support does not use two-step sign-in.
    const support = await invitationFor(h.services, { role: 'support' });
    expect(await refusal(api.invitations.startTotp({ token: support.token }))).toBe('VALIDATION_FAILED');
  });

  it('limits link lookups per client address, so tokens cannot be guessed', async () => {
    const api = await anonymous('10.7.2.1');
    const bogus = 'x'.repeat(43);
    for (let i = 0; i < 30; i++) expect(await refusal(api.invitations.inspect({ token: bogus }))).toBe('INVITATION_NOT_FOUND');
    const { token } = await invitationFor(h.services, { role: 'support' });
    expect(await refusal(api.invitations.inspect({ token }))).toBe('RATE_LIMITED');
    await expect((await anonymous('10.7.2.2')).invitations.inspect({ token })).resolves.toMatchObject({ status: 'pending' });
  });
});

describe('pharmacists are invited by staff and by their pharmacy manager', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await apiHarness();
    h.services.email = devEmail(h.services.pool, 'test', () => {});
  });
  afterAll(() => h?.close());

  it('staff invite a pharmacist of an existing pharmacy; its first manager only while it has none', async () => {
    const support = await h.as('u-support');
    expect(await refusal(support.invitations.invitePharmacist({ email: freshEmail() }))).toBe('VALIDATION_FAILED');
    expect(await refusal(support.invitations.invitePharmacist({ email: freshEmail(), pharmacyId: 'ph-nowhere' }))).toBe('NOT_FOUND');
    // El Ezaby Maadi has its (seeded) manager; Seif Smouha has none.
    expect(await refusal(support.invitations.invitePharmacist({ email: freshEmail(), pharmacyId: 'ph-ezaby-maadi', asManager: true }))).toBe('VALIDATION_FAILED');
    const email = freshEmail('seif-manager');
    const sent = await support.invitations.invitePharmacist({ email, pharmacyId: 'ph-seif-smouha', asManager: true, locale: 'en' });
    expect(sent.invitation).toMatchObject({ role: 'pharmacist', pharmacyId: 'ph-seif-smouha', pharmacyRole: 'manager' });
    const [mail] = await devEmailOutbox(h.services.pool, email, 1);
    expect(mail?.text).toContain('as Pharmacy manager at Seif Pharmacy');
    expect(mail?.text).toMatch(/http:\/\/127\.0\.0\.1:3002\/invite\//);
    const token = /\/invite\/([A-Za-z0-9_-]{43})/.exec(mail?.text ?? '')?.[1] as string;
    await (await h.as(null)).invitations.accept({ token, name: 'Seif Manager', password: PASSWORD });
    const row = await h.services.pool.query(`SELECT role, pharmacy_id, pharmacy_role FROM users WHERE email = $1`, [email]);
    expect(row.rows[0]).toEqual({ role: 'pharmacist', pharmacy_id: 'ph-seif-smouha', pharmacy_role: 'manager' });
  });

  it('a manager invites into their own pharmacy only, and only plain pharmacists', async () => {
    const manager = await h.as('u-pharmacist');
    const sent = await manager.invitations.invitePharmacist({ email: freshEmail() });
    expect(sent.invitation).toMatchObject({ pharmacyId: 'ph-ezaby-maadi', pharmacyRole: 'pharmacist' });
    expect(await refusal(manager.invitations.invitePharmacist({ email: freshEmail(), pharmacyId: 'ph-seif-smouha' }))).toBe('FORBIDDEN');
    expect(await refusal(manager.invitations.invitePharmacist({ email: freshEmail(), asManager: true }))).toBe('FORBIDDEN');
    // Another pharmacy's invitation is not theirs to see, revoke or resend.
    const seifs = await invitationFor(h.services, { role: 'pharmacist', pharmacyId: 'ph-seif-smouha' });
    expect(await refusal(manager.invitations.revoke({ id: seifs.id }))).toBe('INVITATION_NOT_FOUND');
    expect(await refusal(manager.invitations.resend({ id: seifs.id }))).toBe('INVITATION_NOT_FOUND');
    expect((await manager.invitations.list({ kind: 'pharmacists' })).items.every((i) => i.pharmacyId === 'ph-ezaby-maadi')).toBe(true);
    expect(await refusal(manager.invitations.list({ kind: 'staff' }))).toBe('FORBIDDEN');
  });

  it('a plain pharmacist cannot invite, list or remove', async () => {
    const plain = await h.as('u-pharmacist-seif');
    expect(await refusal(plain.invitations.invitePharmacist({ email: freshEmail() }))).toBe('FORBIDDEN');
    expect(await refusal(plain.invitations.list({ kind: 'pharmacists' }))).toBe('FORBIDDEN');
    expect(await refusal(plain.team.list())).toBe('FORBIDDEN');
    expect(await refusal(plain.team.remove({ userId: 'u-pharmacist', reason: 'not theirs' }))).toBe('FORBIDDEN');
  });

  it('a manager removes their own pharmacy’s pharmacist, never another pharmacy’s or themselves', async () => {
    const { token, email } = await invitationFor(h.services, { role: 'pharmacist', pharmacyId: 'ph-ezaby-maadi' });
    await (await h.as(null)).invitations.accept({ token, name: 'Ezaby Pharmacist', password: PASSWORD });
    const userId = (await h.services.pool.query<{ id: string }>('SELECT id FROM users WHERE email = $1', [email])).rows[0]!.id;
    const manager = await h.as('u-pharmacist');
    expect((await manager.team.list()).items.map((p) => p.id)).toContain(userId);
    expect(await refusal(manager.team.remove({ userId: 'u-pharmacist-seif', reason: 'not ours' }))).toBe('NOT_FOUND');
    expect(await refusal(manager.team.remove({ userId: 'u-pharmacist', reason: 'myself' }))).toBe('NOT_FOUND');
    expect(await manager.team.remove({ userId, reason: 'Moved to another branch' })).toMatchObject({ deactivatedReason: 'Moved to another branch' });
    expect(await passwordLogin(h.services, email, PASSWORD)).toEqual({ status: 'invalid' });
    const audit = await h.services.pool.query(`SELECT details FROM audit_log WHERE action = 'team.remove' AND aggregate_id = $1`, [userId]);
    expect(audit.rows[0]?.details).toMatchObject({ before: { deactivatedAt: null }, after: { deactivatedReason: 'Moved to another branch' } });
  });
});
