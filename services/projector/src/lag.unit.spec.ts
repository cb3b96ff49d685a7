import { describe, expect, it } from 'vitest';
import { LagRecorder } from './lag';

describe('LagRecorder', () => {
  it('reports nearest-rank percentiles of the recorded lags', () => {
    const lag = new LagRecorder();
    for (let ms = 1; ms <= 100; ms++) lag.record(new Date(1_000), 1_000 + ms);
    expect([lag.percentile(50), lag.percentile(95), lag.percentile(99)]).toEqual([50, 95, 99]);
    expect(lag.prometheus()).toContain('healthpay_projection_lag_ms{quantile="0.99"} 99');
  });

  it('keeps only the newest samples', () => {
    const lag = new LagRecorder(10);
    for (let i = 0; i < 20; i++) lag.record(new Date(0), i < 10 ? 1_000 : 5);
    expect(lag.percentile(100)).toBe(5);
    expect(lag.count).toBe(20);
  });
});
