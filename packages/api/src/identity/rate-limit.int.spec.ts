import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHarness, type Harness } from '../testing/harness';
import { isSessionRevoked, pruneSignInData, revokeSession } from '@healthpay/db';
import { hitRateLimit, pruneRateLimits } from './rate-limit';

describe('the Postgres rate limiter', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await apiHarness();
  });
  afterAll(() => h?.close());

  const rule = { key: 'spec:a', limit: 3, windowSeconds: 600 };
  const at = (iso: string) => new Date(iso);

  it('allows the limit, refuses beyond it with the seconds left, and resets with the next window', async () => {
    for (let i = 1; i <= 3; i++) expect(await hitRateLimit(h.services.pool, rule, at('2026-01-01T10:00:00Z'))).toEqual({ allowed: true, retryAfterSeconds: 0, count: i });
    expect(await hitRateLimit(h.services.pool, rule, at('2026-01-01T10:07:30Z'))).toEqual({ allowed: false, retryAfterSeconds: 150, count: 4 });
    expect(await hitRateLimit(h.services.pool, rule, at('2026-01-01T10:10:00Z'))).toEqual({ allowed: true, retryAfterSeconds: 0, count: 1 });
  });

  it('holds across processes: two pools count in the same window', async () => {
    const other = h.secondProcess();
    const key = { ...rule, key: 'spec:shared' };
    const now = at('2026-01-01T11:00:00Z');
    const results = await Promise.all([
      ...Array.from({ length: 4 }, () => hitRateLimit(h.services.pool, key, now)),
      ...Array.from({ length: 4 }, () => hitRateLimit(other.pool, key, now)),
    ]);
    expect(results.filter((r) => r.allowed)).toHaveLength(3);
    expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('prunes windows that are over', async () => {
    expect(await pruneRateLimits(h.services.pool, at('2026-01-01T10:10:00Z'))).toBe(1);
  });

  it('housekeeping drops day-old windows and expired code challenges, nothing recent', async () => {
    const now = at('2026-03-02T12:00:00Z');
    await hitRateLimit(h.services.pool, { key: 'housekeeping:old', limit: 1, windowSeconds: 60 }, at('2026-03-01T11:00:00Z'));
    await hitRateLimit(h.services.pool, { key: 'housekeeping:new', limit: 1, windowSeconds: 60 }, at('2026-03-02T11:59:00Z'));
    const challenge = `INSERT INTO otp_challenges (id, phone, code_hash, expires_at, attempts, created_at) VALUES (gen_random_uuid(), '+201000000000', 'x', $1, 0, $1)`;
    await h.services.pool.query(challenge, [at('2026-03-01T11:00:00Z')]);
    await h.services.pool.query(challenge, [at('2026-03-02T11:58:00Z')]);
    // A session signed out that has expired since goes; one that could still be presented stays revoked.
    await revokeSession(h.services.pool, 'sid-expired', at('2026-03-02T11:00:00Z'), at('2026-03-01T11:00:00Z'));
    await revokeSession(h.services.pool, 'sid-live', at('2026-03-30T11:00:00Z'), at('2026-03-02T11:00:00Z'));
    // A queued SMS nobody delivered for a day goes; a fresh one stays.
    const queued = `INSERT INTO sms_queue (phone, body, deliver, next_attempt_at, created_at) VALUES ('+201000000000', NULL, true, $1, $1)`;
    await h.services.pool.query(queued, [at('2026-03-01T11:00:00Z')]);
    await h.services.pool.query(queued, [at('2026-03-02T11:58:00Z')]);
    // Earlier cases' January windows go too.
    expect(await pruneSignInData(h.services.pool, now)).toEqual({ rateLimits: expect.any(Number) as number, otpChallenges: 1, revokedSessions: 1, smsQueue: 1 });
    expect(await isSessionRevoked(h.services.pool, 'sid-live')).toBe(true);
    expect(await h.services.pool.query('SELECT 1 FROM rate_limits WHERE window_start < $1', [at('2026-03-01T12:00:00Z')])).toMatchObject({ rowCount: 0 });
    const left = await h.services.pool.query(`SELECT key FROM rate_limits WHERE key LIKE 'housekeeping:%'`);
    expect(left.rows).toEqual([{ key: 'housekeeping:new' }]);
  });
});
