import { describe, expect, it } from 'vitest';
import { DEV_METRICS_TOKEN, parseEnv } from '../env';

describe('metrics configuration', () => {
  it('refuses the development metrics token in production (among the other problems it lists)', () => {
    expect(() => parseEnv({ NODE_ENV: 'production', METRICS_TOKEN: DEV_METRICS_TOKEN })).toThrow(/METRICS_TOKEN is the development default/);
    expect(() => parseEnv({ NODE_ENV: 'production', METRICS_TOKEN: 'x'.repeat(40) })).not.toThrow(/METRICS_TOKEN/);
  });

  it('refuses a short token and binds the metrics port to loopback unless told otherwise', () => {
    expect(() => parseEnv({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
    expect(parseEnv({ METRICS_PORT: '9461' })).toMatchObject({ METRICS_PORT: 9461, METRICS_HOST: '127.0.0.1' });
    expect(parseEnv({ PROMETHEUS_URL: 'http://127.0.0.1:9090/' }).PROMETHEUS_URL).toBe('http://127.0.0.1:9090');
  });
});
