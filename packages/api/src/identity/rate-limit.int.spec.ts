import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHarness, type Harness } from '../testing/harness';
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
});
