import { describe, expect, it } from 'vitest';
import { StageTimes } from './stage-times';

describe('StageTimes', () => {
  it('gives each stage its own percentiles over the samples recorded', () => {
    const t = new StageTimes();
    for (let ms = 1; ms <= 100; ms++) t.record('kafka', ms);
    t.record('cql', 7);
    expect(t.percentile('kafka', 50)).toBe(50);
    expect(t.percentile('kafka', 99)).toBe(99);
    expect(t.percentile('cql', 99)).toBe(7);
    expect(t.percentile('postgres', 50)).toBe(0);
  });

  it('keeps only the last `size` samples of a stage', () => {
    const t = new StageTimes(3);
    for (const ms of [100, 100, 100, 1, 2, 3]) t.record('relay', ms);
    expect(t.percentile('relay', 100)).toBe(3);
  });

  it('writes one Prometheus summary line per stage and quantile, and forgets everything on reset', () => {
    const t = new StageTimes();
    t.record('relay', 12.34);
    expect(t.prometheus()).toBe(
      '# TYPE healthpay_pipeline_stage_ms summary\n' +
        'healthpay_pipeline_stage_ms{stage="relay",quantile="0.5"} 12.3\n' +
        'healthpay_pipeline_stage_ms{stage="relay",quantile="0.95"} 12.3\n' +
        'healthpay_pipeline_stage_ms{stage="relay",quantile="0.99"} 12.3\n',
    );
    t.reset();
    expect(t.prometheus()).toBe('# TYPE healthpay_pipeline_stage_ms summary\n');
  });
});
