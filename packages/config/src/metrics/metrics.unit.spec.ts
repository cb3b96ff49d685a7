import { describe, expect, it } from 'vitest';
import {
  BoundedLabel, bearerMatches, histogramQuantile, metricsRegistry, parsePrometheusText, recordCommand, recordRateLimitRefusal, serveMetrics, watchPool,
} from './index';

const sampleOf = async (name: string, labels: Record<string, string>) => {
  const samples = parsePrometheusText(await metricsRegistry().metrics());
  return samples.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value;
};

describe('metrics', () => {
  it('counts commands by operation, outcome and code, and times them', async () => {
    recordCommand('spec.debit', 'ok', 'ok', 0.004);
    recordCommand('spec.debit', 'refused', 'INSUFFICIENT_FUNDS', 0.002);
    recordCommand('spec.debit', 'refused', 'INSUFFICIENT_FUNDS', 0.002);
    expect(await sampleOf('healthpay_commands_total', { operation: 'spec.debit', outcome: 'refused', code: 'INSUFFICIENT_FUNDS' })).toBe(2);
    expect(await sampleOf('healthpay_commands_total', { operation: 'spec.debit', outcome: 'ok', code: 'ok' })).toBe(1);
    expect(await sampleOf('healthpay_command_duration_seconds_count', { operation: 'spec.debit' })).toBe(3);
    expect(await sampleOf('healthpay_command_duration_seconds_bucket', { operation: 'spec.debit', le: '0.0025' })).toBe(2);
  });

  it('names a rate limit by its key prefix, never by the phone or user in the key', async () => {
    recordRateLimitRefusal('otp-send:phone:+201001234567');
    const text = await metricsRegistry().metrics();
    expect(text).toContain('healthpay_rate_limit_refusals_total{limit="otp-send"}');
    expect(text).not.toContain('201001234567');
  });

  it('reports a watched pool at scrape time', async () => {
    watchPool('spec', { totalCount: 3, idleCount: 1, waitingCount: 2, options: { max: 3 } });
    expect(await sampleOf('healthpay_db_pool_connections', { pool: 'spec', state: 'waiting' })).toBe(2);
    expect(await sampleOf('healthpay_db_pool_connections', { pool: 'spec', state: 'max' })).toBe(3);
  });

  it('includes the default process metrics', async () => {
    expect(await metricsRegistry().metrics()).toContain('process_cpu_seconds_total');
  });
});

describe('BoundedLabel', () => {
  it('keeps known values and folds new ones into "other" past its bound', () => {
    const label = new BoundedLabel(2);
    expect([label.of('a'), label.of('b'), label.of('c'), label.of('a')]).toEqual(['a', 'b', 'other', 'a']);
  });
});

describe('parsePrometheusText and histogramQuantile', () => {
  const text = [
    '# TYPE x histogram',
    'x_bucket{le="0.01",a="1"} 50',
    'x_bucket{le="0.1",a="1"} 90',
    'x_bucket{le="+Inf",a="1"} 100',
    'y{path="a\\"b"} 3.5',
  ].join('\n');

  it('reads names, labels (with escapes) and values', () => {
    expect(parsePrometheusText(text).at(-1)).toEqual({ name: 'y', labels: { path: 'a"b' }, value: 3.5 });
  });

  it('interpolates like Prometheus inside the bucket the rank falls in', () => {
    const buckets = parsePrometheusText(text).filter((s) => s.name === 'x_bucket');
    expect(histogramQuantile(0.5, buckets)).toBeCloseTo(0.01);
    expect(histogramQuantile(0.7, buckets)).toBeCloseTo(0.01 + 0.09 * (20 / 40));
    expect(histogramQuantile(0.95, buckets)).toBeCloseTo(0.1);
    expect(histogramQuantile(0.5, [])).toBeNaN();
  });
});

describe('bearerMatches', () => {
  it('accepts only the exact token', () => {
    expect(bearerMatches('Bearer s3cret-token', 's3cret-token')).toBe(true);
    expect(bearerMatches('Bearer s3cret-tokex', 's3cret-token')).toBe(false);
    expect(bearerMatches('Bearer short', 's3cret-token')).toBe(false);
    expect(bearerMatches(undefined, 's3cret-token')).toBe(false);
    expect(bearerMatches('Basic s3cret-token', 's3cret-token')).toBe(false);
  });
});

describe('serveMetrics', () => {
  it('serves /metrics on loopback and nothing else', async () => {
    const server = await serveMetrics(0);
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      expect(address && typeof address === 'object' ? address.address : '').toBe('127.0.0.1');
      const ok = await fetch(`http://127.0.0.1:${port}/metrics`);
      expect(ok.status).toBe(200);
      expect(await ok.text()).toContain('healthpay_commands_total');
      expect((await fetch(`http://127.0.0.1:${port}/other`)).status).toBe(404);
    } finally {
      server.close();
    }
  });
});

describe('FastHistogram', () => {
  it('renders like a prom-client histogram: cumulative buckets, +Inf, sum and count', async () => {
    const { Registry } = await import('prom-client');
    const { FastHistogram } = await import('./fast-histogram');
    const registry = new Registry();
    const h = new FastHistogram('spec_seconds', 'spec', [0.01, 0.1], [registry]);
    const s = h.series({ operation: 'x' });
    for (const v of [0.005, 0.01, 0.05, 3]) s.observe(v);
    const samples = parsePrometheusText(await registry.metrics());
    const at = (name: string, le?: string) => samples.find((x) => x.name === name && (le === undefined || x.labels.le === le))?.value;
    expect([at('spec_seconds_bucket', '0.01'), at('spec_seconds_bucket', '0.1'), at('spec_seconds_bucket', '+Inf')]).toEqual([2, 3, 4]);
    expect([at('spec_seconds_count'), at('spec_seconds_sum')]).toEqual([4, 3.065]);
    expect(await registry.metrics()).toContain('# TYPE spec_seconds histogram');
  });
});
