import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../errors/app-error';
import { apiHarness, type Harness } from '../../testing/harness';
import { capturedSms, wrongCode } from '../../testing/sms';

const AHMED_PHONE = '+201001234567';
const AHMED_NATIONAL_ID = '28503140101235';
const details = { nameAr: 'سارة محمود علي', nameEn: 'Sara Mahmoud Ali', consentVersion: '2026-12' as const };

const codeOf = (error: unknown) => (error instanceof TRPCError && error.cause instanceof AppError ? error.cause.code : String(error));
async function refusal(p: Promise<unknown>) {
  try {
    await p;
  } catch (error) {
    return { code: codeOf(error), message: (error as Error).message };
  }
  throw new Error('expected a refusal');
}

describe('patients register themselves', () => {
  let h: Harness;
  let hour = 0;
  let serial = 10;
  const sms = capturedSms();
  const anonymous = () => h.as(null, { request: { ip: `10.9.0.${hour}`, userAgent: 'registration-spec' } });
  const freshPhone = () => `+2010555000${serial++}`;
  const freshNationalId = () => `2950720010${serial++}25`;

  beforeAll(async () => {
    h = await apiHarness();
    h.services.sms = sms.sender;
  });
  afterAll(() => h?.close());
  beforeEach(() => {
    // Each test in its own 10-minute window, so one test's limits do not leak into the next.
    const now = new Date(Date.UTC(2026, 11, 1, hour++, 0, 0));
    h.services.clock = () => now;
  });

  it('opens an account and an active wallet with 0.00 for a new number, and hands back a sign-in code', async () => {
    const phone = freshPhone();
    const nationalId = freshNationalId();
    const api = await anonymous();
    await api.registration.start({ phone: `0${phone.slice(3)}` });
    expect(sms.sent.at(-1)?.phone).toBe(phone);
    const done = await api.registration.complete({ phone, code: sms.lastCode(), nationalId, ...details });
    expect(done.phone).toBe(phone);

    const row = await h.services.pool.query(
      `SELECT role, name, name_ar, national_id, national_id_hash, national_id_masked, date_of_birth::text AS dob, terms_version FROM users WHERE id = $1`,
      [done.userId],
    );
    expect(row.rows[0]).toMatchObject({ role: 'patient', name: details.nameEn, name_ar: details.nameAr, national_id: null, dob: '1995-07-20', terms_version: '2026-12' });
    expect(JSON.stringify(row.rows[0])).not.toContain(nationalId);

    await h.project();
    const wallets = await (await h.as(done.userId)).wallet.mine();
    expect(wallets).toEqual([expect.objectContaining({ walletId: done.walletId, status: 'active', balance: 0 })]);

    // The returned code signs the new patient in (the Auth.js `otp` provider's path), once.
    expect(await h.services.identity.verifyOtp(phone, done.signInCode, { ip: null, userAgent: null })).toMatchObject({ status: 'ok', user: { userId: done.userId } });
  });

  it('stores the language the patient registered in (Arabic when not said)', async () => {
    const api = await anonymous();
    const localeOf = async (locale?: 'ar' | 'en') => {
      const phone = freshPhone();
      await api.registration.start({ phone });
      const done = await api.registration.complete({ phone, code: sms.lastCode(), nationalId: freshNationalId(), ...details, ...(locale && { locale }) });
      return (await h.services.pool.query<{ locale: string }>('SELECT locale FROM users WHERE id = $1', [done.userId])).rows[0]?.locale;
    };
    expect(await localeOf('en')).toBe('en');
    expect(await localeOf()).toBe('ar');
  });

  it('takes the account back when its wallet cannot be opened, so the same person can register again', async () => {
    const phone = freshPhone();
    const nationalId = freshNationalId();
    const api = await anonymous();
    // The wallet id drawn for the new account is one that exists already: the wallet stream refuses to open.
    await api.registration.start({ phone });
    const newId = h.services.newId;
    let draws = 0;
    h.services.newId = () => (++draws === 2 ? '0b6f4b1e-5d0a-4c41-9a43-0f3a6f1d0001' : newId());
    try {
      expect((await refusal(api.registration.complete({ phone, code: sms.lastCode(), nationalId, ...details }))).code).toBe('WALLET_ALREADY_EXISTS');
    } finally {
      h.services.newId = newId;
    }
    expect((await h.services.pool.query('SELECT 1 FROM users WHERE phone = $1', [phone])).rowCount).toBe(0);
    await api.registration.start({ phone });
    const done = await api.registration.complete({ phone, code: sms.lastCode(), nationalId, ...details });
    expect(done.phone).toBe(phone);
  });

  it("gives an existing patient's mobile the same answer and sends no SMS", async () => {
    const before = sms.sent.length;
    const api = await anonymous();
    const existing = await api.registration.start({ phone: AHMED_PHONE });
    const fresh = await api.registration.start({ phone: freshPhone() });
    expect(Object.keys(existing)).toEqual(Object.keys(fresh));
    expect(existing.expiresAt).toEqual(fresh.expiresAt);
    expect(sms.sent.length).toBe(before + 1);
    expect(sms.sent.at(-1)?.phone).not.toBe(AHMED_PHONE);
  });

  it('refuses a national ID already used, without saying whose', async () => {
    const api = await anonymous();
    const first = freshPhone();
    const nationalId = freshNationalId();
    await api.registration.start({ phone: first });
    await api.registration.complete({ phone: first, code: sms.lastCode(), nationalId, ...details });

    for (const taken of [nationalId, AHMED_NATIONAL_ID]) {
      const second = freshPhone();
      await api.registration.start({ phone: second });
      const r = await refusal(api.registration.complete({ phone: second, code: sms.lastCode(), nationalId: taken, ...details }));
      expect(r.code).toBe('DUPLICATE_NATIONAL_ID');
      expect(r.message).not.toMatch(/Ahmed|أحمد|Sara|سارة|\+20|\d{6}/);
      expect((await h.services.pool.query('SELECT 1 FROM users WHERE phone = $1', [second])).rowCount).toBe(0);
    }
  });

  it('refuses a wrong code and keeps the right one working until tries run out', async () => {
    const api = await anonymous();
    const phone = freshPhone();
    await api.registration.start({ phone });
    const code = sms.lastCode();
    const r = await refusal(api.registration.complete({ phone, code: wrongCode(code), nationalId: freshNationalId(), ...details }));
    expect(r.code).toBe('VALIDATION_FAILED');
    expect((await h.services.pool.query('SELECT 1 FROM users WHERE phone = $1', [phone])).rowCount).toBe(0);
    await expect(api.registration.complete({ phone, code, nationalId: freshNationalId(), ...details })).resolves.toMatchObject({ phone });
  });

  it('checks the national ID before using up the code', async () => {
    const api = await anonymous();
    const phone = freshPhone();
    await api.registration.start({ phone });
    const code = sms.lastCode();
    const bad = await refusal(api.registration.complete({ phone, code, nationalId: '12345678901234', ...details }));
    expect(bad.code).toBe('VALIDATION_FAILED');
    await expect(api.registration.complete({ phone, code, nationalId: freshNationalId(), ...details })).resolves.toMatchObject({ phone });
  });

  it('is rate-limited like sign-in: 3 codes per phone per 10 minutes, shared with sign-in codes', async () => {
    const api = await anonymous();
    const phone = freshPhone();
    await api.registration.start({ phone });
    await api.auth.requestOtp({ phone });
    await api.registration.start({ phone });
    expect((await refusal(api.registration.start({ phone }))).code).toBe('RATE_LIMITED');
  });

  it('limits code tries per phone (10 per 10 minutes)', async () => {
    const api = await anonymous();
    const phone = freshPhone();
    await api.registration.start({ phone });
    const code = sms.lastCode();
    const nationalId = freshNationalId();
    for (let i = 0; i < 10; i++) await refusal(api.registration.complete({ phone, code: wrongCode(code), nationalId, ...details }));
    expect((await refusal(api.registration.complete({ phone, code, nationalId, ...details }))).code).toBe('RATE_LIMITED');
  });
});
