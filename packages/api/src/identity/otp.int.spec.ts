import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { apiHarness, type Harness } from '../testing/harness';
import { devOutbox } from './sms/dev-sms';
import { capturedSms, wrongCode } from '../testing/sms';

const PHONE = '+201001234567';
const req = { ip: '10.1.1.1', userAgent: 'otp-spec' };

describe('OTP sign-in', () => {
  let h: Harness;
  let now: Date;
  let hour = 0;
  const { sender: capture, sent, lastCode } = capturedSms();

  beforeAll(async () => {
    h = await apiHarness();
    h.services.sms = capture;
  });
  afterAll(() => h?.close());
  beforeEach(() => {
    // Each test in its own 10-minute window, so the send limit of one does not leak into the next.
    now = new Date(Date.UTC(2026, 0, 1, hour++, 0, 0));
    h.services.clock = () => now;
  });

  it('sends a 6-digit code that signs the patient in once (stored only as an HMAC)', async () => {
    const r = await h.services.identity.requestOtp('0100 123 4567', req);
    expect(r).toMatchObject({ status: 'sent', phone: PHONE });
    const code = lastCode();
    expect(code).toMatch(/^\d{6}$/);
    const stored = await h.services.pool.query<{ code_hash: string }>('SELECT code_hash FROM otp_challenges WHERE phone = $1', [PHONE]);
    expect(JSON.stringify(stored.rows)).not.toContain(code);
    expect(await h.services.identity.verifyOtp(PHONE, code, req)).toEqual({ status: 'ok', phone: PHONE, user: { userId: 'u-ahmed', role: 'patient' } });
    expect(await h.services.identity.verifyOtp(PHONE, code, req)).toEqual({ status: 'no-challenge' });
  });

  it('blocks brute force: after 5 wrong tries even the right code is refused', async () => {
    await h.services.identity.requestOtp(PHONE, req);
    const code = lastCode();
    for (let i = 4; i >= 0; i--) {
      expect(await h.services.identity.verifyOtp(PHONE, wrongCode(code), req)).toEqual({ status: 'invalid', attemptsLeft: i });
    }
    expect(await h.services.identity.verifyOtp(PHONE, code, req)).toEqual({ status: 'no-challenge' });
  });

  it('counts parallel guesses atomically (never more than 5 checked)', async () => {
    await h.services.identity.requestOtp(PHONE, req);
    const code = lastCode();
    const results = await Promise.all(Array.from({ length: 8 }, () => h.services.identity.verifyOtp(PHONE, wrongCode(code), { ...req, ip: null })));
    expect(results.filter((r) => r.status === 'invalid')).toHaveLength(5);
    expect(await h.services.identity.verifyOtp(PHONE, code, req)).toEqual({ status: 'no-challenge' });
  });

  it('refuses an expired code, and a code superseded by a newer one', async () => {
    await h.services.identity.requestOtp(PHONE, req);
    const old = lastCode();
    now = new Date(now.getTime() + 5 * 60_000 + 1);
    expect(await h.services.identity.verifyOtp(PHONE, old, req)).toEqual({ status: 'no-challenge' });
    await h.services.identity.requestOtp(PHONE, req);
    const first = lastCode();
    await h.services.identity.requestOtp(PHONE, req);
    if (first !== lastCode()) expect(await h.services.identity.verifyOtp(PHONE, first, req)).toMatchObject({ status: 'invalid' });
    expect(await h.services.identity.verifyOtp(PHONE, lastCode(), req)).toMatchObject({ status: 'ok' });
  });

  it('limits sends to 3 per phone per 10 minutes, with the time to wait', async () => {
    for (let i = 0; i < 3; i++) expect(await h.services.identity.requestOtp(PHONE, req)).toMatchObject({ status: 'sent' });
    const count = sent.length;
    expect(await h.services.identity.requestOtp(PHONE, req)).toEqual({ status: 'rate-limited', retryAfterSeconds: 600 });
    expect(sent).toHaveLength(count);
    now = new Date(now.getTime() + 600_000);
    expect(await h.services.identity.requestOtp(PHONE, req)).toMatchObject({ status: 'sent' });
  });

  it('refuses a number that is not an Egyptian mobile', async () => {
    expect(await h.services.identity.requestOtp('+4915112345678', req)).toEqual({ status: 'invalid-phone' });
  });

  it('audits every attempt without the code', async () => {
    const codes = sent.map((s) => /\b(\d{6})\b/.exec(s.body)?.[1]).filter(Boolean) as string[];
    const rows = await h.services.pool.query<{ action: string; result: string; details: unknown; ip: string }>(
      `SELECT action, result, details, ip, user_agent FROM audit_log WHERE action LIKE 'auth.otp.%'`,
    );
    expect(rows.rows.map((r) => r.result)).toEqual(expect.arrayContaining(['ok', 'INVALID_CODE', 'NO_CHALLENGE', 'RATE_LIMITED']));
    const text = JSON.stringify(rows.rows);
    for (const code of codes) expect(text).not.toContain(`"${code}"`);
    expect(text).not.toMatch(/"code"/);
  });
});

describe('the development SMS adapter', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await apiHarness();
  });
  afterAll(() => h?.close());

  it('writes the message to the log and the sms_outbox table', async () => {
    const { devSms } = await import('./sms/dev-sms');
    const lines: string[] = [];
    await devSms(h.services.pool, 'test', (l) => lines.push(l)).send(PHONE, 'HealthPay: 123456');
    expect(lines).toEqual([`[sms:dev] to ${PHONE}: HealthPay: 123456`]);
    expect((await devOutbox(h.services.pool, PHONE)).map((m) => m.body)).toEqual(['HealthPay: 123456']);
  });

  it('cannot be created in production', async () => {
    const { devSms } = await import('./sms/dev-sms');
    expect(() => devSms(h.services.pool, 'production')).toThrow(/not available in production/);
  });
});
