import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiHarness, type Harness } from '../../testing/harness';
import { devSms } from './dev-sms';
import { deliverDueSms, SMS_MAX_ATTEMPTS } from './sms-delivery';
import { enqueueSms } from './sms-queue';
import { SmsError, type SmsSender } from './sms-port';
import { startSmsWorker } from './sms-worker';

const AHMED = '+201001234567';
const NOBODY = '+201009990001';
const req = { ip: '10.7.0.1', userAgent: 'sms-queue-spec' };

describe('OTP requests through the SMS queue', () => {
  let h: Harness;
  let now: Date;
  let hour = 0;
  beforeAll(async () => {
    h = await apiHarness();
  });
  afterAll(() => h?.close());
  beforeEach(async () => {
    now = new Date(Date.UTC(2026, 1, 1, hour++, 0, 0));
    h.services.clock = () => now;
    h.services.smsDelivery = 'worker';
    await h.services.pool.query('DELETE FROM sms_queue');
  });

  /** The SQL text of every statement the request runs (parameters differ by phone, the statements must not). */
  const statementsOf = async (phone: string) => {
    const spy = vi.spyOn(h.services.pool, 'query');
    try {
      const body = await (await h.as(null, { request: req })).auth.requestOtp({ phone });
      return { body, statements: spy.mock.calls.map((c) => String(c[0])) };
    } finally {
      spy.mockRestore();
    }
  };

  it('runs the same statements and answers the same for a registered and an unknown phone', async () => {
    h.services.sms = devSms(h.services.pool, 'test', () => {});
    const known = await statementsOf(AHMED);
    const unknown = await statementsOf(NOBODY);
    expect(unknown.statements).toEqual(known.statements);
    expect(known.statements.filter((s) => s.includes('sms_outbox'))).toEqual([]);
    expect({ ...unknown.body, phone: AHMED }).toEqual(known.body);
    const queued = await h.services.pool.query<{ phone: string; deliver: boolean; body: string }>('SELECT phone, deliver, body FROM sms_queue ORDER BY id');
    expect(queued.rows.map((r) => [r.phone, r.deliver])).toEqual([[AHMED, true], [NOBODY, false]]);
    expect(queued.rows.every((r) => r.body.startsWith('v1.') && !/\d{6}/.test(r.body))).toBe(true);
  });

  it('answers without waiting for the provider; the worker sends the real code and drops the other', async () => {
    const calls: { phone: string; body: string }[] = [];
    let release = () => {};
    const gate = new Promise<void>((r) => (release = r));
    h.services.sms = { name: 'cequens', send: (phone, body) => {
      calls.push({ phone, body });
      return gate;
    } };
    await (await h.as(null, { request: req })).auth.requestOtp({ phone: AHMED });
    await (await h.as(null, { request: req })).auth.requestOtp({ phone: NOBODY });
    expect(calls).toEqual([]);
    const delivering = deliverDueSms({ pool: h.services.pool, sms: h.services.sms, clock: () => now });
    release();
    expect(await delivering).toEqual({ sent: 1, dropped: 1, retrying: 0, failed: 0 });
    expect(calls.map((c) => c.phone)).toEqual([AHMED]);
    expect(calls[0]?.body).toMatch(/HealthPay: \d{6} is your sign-in code/);
    expect((await h.services.pool.query('SELECT 1 FROM sms_queue')).rowCount).toBe(0);
  });

  it('delivers each message once when two workers drain the queue together', async () => {
    for (let i = 0; i < 45; i++) await enqueueSms(h.services.pool, { phone: AHMED, body: `message ${i}`, deliver: true, at: now });
    const bodies: string[] = [];
    const sms: SmsSender = { name: 'dev', send: async (_p, body) => void bodies.push(await new Promise<string>((r) => setImmediate(() => r(body)))) };
    const other = h.secondProcess();
    const drain = async (pool: typeof h.services.pool) => {
      for (;;) if ((await deliverDueSms({ pool, sms, clock: () => now }, 10)).sent === 0) return;
    };
    await Promise.all([drain(h.services.pool), drain(other.pool)]);
    expect(bodies).toHaveLength(45);
    expect(new Set(bodies).size).toBe(45);
  });

  it('retries with backoff, gives up after the last try and never logs the code', async () => {
    await enqueueSms(h.services.pool, { phone: AHMED, body: 'HealthPay: 424242 is your sign-in code', deliver: true, at: now });
    const lines: string[] = [];
    const deps = (at: Date) => ({
      pool: h.services.pool, clock: () => at, log: { warn: (l: unknown) => void lines.push(String(l)) },
      sms: { name: 'cequens', send: () => Promise.reject(new SmsError('Cequens refused the message (HTTP 503)')) } satisfies SmsSender,
    });
    let at = now;
    expect(await deliverDueSms(deps(at))).toMatchObject({ retrying: 1 });
    expect(await deliverDueSms(deps(new Date(at.getTime() + 1_999)))).toMatchObject({ retrying: 0 });
    for (let tries = 2; tries <= SMS_MAX_ATTEMPTS; tries++) {
      at = new Date(at.getTime() + 60_000);
      expect(await deliverDueSms(deps(at))).toMatchObject(tries === SMS_MAX_ATTEMPTS ? { failed: 1 } : { retrying: 1 });
    }
    expect(await deliverDueSms(deps(new Date(at.getTime() + 3_600_000)))).toEqual({ sent: 0, dropped: 0, retrying: 0, failed: 0 });
    const row = await h.services.pool.query('SELECT attempts, body, failed_at IS NOT NULL AS failed FROM sms_queue');
    expect(row.rows).toEqual([{ attempts: SMS_MAX_ATTEMPTS, body: null, failed: true }]);
    expect(lines).toHaveLength(SMS_MAX_ATTEMPTS);
    expect(lines.join('\n')).not.toContain('424242');
  });

  it('the background worker wakes on a queued message and sends it', async () => {
    let sent!: (body: string) => void;
    const delivered = new Promise<string>((r) => (sent = r));
    const worker = await startSmsWorker({ pool: h.services.pool, clock: () => now, sms: { name: 'dev', send: async (_p, body) => sent(body) } });
    try {
      await enqueueSms(h.services.pool, { phone: AHMED, body: 'woken', deliver: true, at: now });
      expect(await delivered).toBe('woken');
    } finally {
      await worker.stop();
    }
  });
});
