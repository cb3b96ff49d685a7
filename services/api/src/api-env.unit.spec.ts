import { describe, expect, it } from 'vitest';
import { apiEnv } from './api-env';

describe('apiEnv', () => {
  it('gives a worker its slot from the environment the primary forked it with', () => {
    expect(apiEnv({ HP_API_WORKER_SLOT: '3' }).HP_API_WORKER_SLOT).toBe(3);
  });

  it('is slot 0 when started alone', () => {
    expect(apiEnv({}).HP_API_WORKER_SLOT).toBe(0);
  });

  it.each(['-1', '1.5', 'two', '256'])('refuses slot %j with the setting named', (slot) => {
    expect(() => apiEnv({ HP_API_WORKER_SLOT: slot })).toThrow(/HP_API_WORKER_SLOT/);
  });
});
