import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from './env';

const strongSecret = 'x'.repeat(64);
const prod = { NODE_ENV: 'production', DATABASE_URL: 'postgres://u:p@db:5432/healthpay', AUTH_SECRET: strongSecret, HP_DEV_AUTH: 'false' };

describe('env', () => {
  it('has development defaults that allow dev sign-in', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ HP_ENV: 'development', HP_DEV_AUTH: true, HP_EMBEDDED_PG_PORT: 54329 });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('accepts a complete production configuration and turns dev sign-in off by default', () => {
    const { HP_DEV_AUTH: _, ...rest } = prod;
    expect(parseEnv(rest)).toMatchObject({ HP_ENV: 'production', HP_DEV_AUTH: false });
  });

  it.each([
    ['dev sign-in enabled', { HP_DEV_AUTH: 'true' }, /HP_DEV_AUTH/],
    ['the default secret', { AUTH_SECRET: undefined }, /development default/],
    ['a short secret', { AUTH_SECRET: 'short' }, /at least 64/],
    ['no database', { DATABASE_URL: undefined }, /DATABASE_URL is required/],
    ['the development SMS adapter', { HP_SMS: 'dev' }, /HP_SMS=dev/],
    ['Cequens SMS without a key', { HP_SMS: 'cequens' }, /CEQUENS_API_KEY is required/],
    ['Cequens over plain http', { CEQUENS_API_KEY: 'k', CEQUENS_API_URL: 'http://sms.example' }, /must be https/],
  ])('refuses production with %s', (_, patch, message) => {
    expect(() => parseEnv({ ...prod, ...patch })).toThrow(message);
  });

  it('treats NODE_ENV=production as production unless HP_ENV says otherwise', () => {
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(EnvError);
    expect(parseEnv({ NODE_ENV: 'production', HP_ENV: 'development' }).HP_DEV_AUTH).toBe(true);
  });

  it('picks the SMS adapter: dev in development, off in production, Cequens once a key is set', () => {
    expect(parseEnv({}).HP_SMS).toBe('dev');
    expect(parseEnv(prod).HP_SMS).toBe('off');
    expect(parseEnv({ ...prod, CEQUENS_API_KEY: 'k' }).HP_SMS).toBe('cequens');
  });

  it('lists every invalid variable', () => {
    expect(() => parseEnv({ DATABASE_URL: 'mysql://x', HP_APPEND_MAX_BATCH: '0' })).toThrow(/DATABASE_URL[\s\S]*HP_APPEND_MAX_BATCH/);
  });
});
