import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from './env';

const strongSecret = 'x'.repeat(64);
const providers = {
  PAYMOB_BASE_URL: 'https://accept.paymob.com', PAYMOB_SECRET_KEY: 'egy_sk_live_x', PAYMOB_PUBLIC_KEY: 'egy_pk_live_x',
  PAYMOB_HMAC_SECRET: 'H'.repeat(32), PAYMOB_INTEGRATION_ID: '123,456', FAWRY_BASE_URL: 'https://www.atfawry.com',
  FAWRY_MERCHANT_CODE: 'MC1', FAWRY_SECURE_KEY: 'S'.repeat(32), HP_PUBLIC_WEB_URL: 'https://app.healthpay.eg',
};
const pii = { PII_KEYS: `k2:${Buffer.alloc(32, 2).toString('base64')},k1:${Buffer.alloc(32, 1).toString('base64')}`, PII_HASH_KEY: 'h'.repeat(64) };
const documents = { S3_BUCKET: 'healthpay-documents', S3_ACCESS_KEY_ID: 'AKIAEXAMPLE', S3_SECRET_ACCESS_KEY: 's'.repeat(40) };
const prod = { NODE_ENV: 'production', DATABASE_URL: 'postgres://u:p@db:5432/healthpay', AUTH_SECRET: strongSecret, HP_DEV_AUTH: 'false', ...providers, ...pii, ...documents };

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
    ['the Paymob sandbox', { PAYMOB_BASE_URL: undefined }, /PAYMOB_BASE_URL must be a public https URL/],
    ['a local Fawry', { FAWRY_BASE_URL: 'https://127.0.0.1:3011' }, /FAWRY_BASE_URL must be a public https URL/],
    ['the sandbox HMAC secret', { PAYMOB_HMAC_SECRET: undefined }, /PAYMOB_HMAC_SECRET is the sandbox default/],
    ['the sandbox Fawry key', { FAWRY_SECURE_KEY: undefined }, /FAWRY_SECURE_KEY is the sandbox default/],
    ['callbacks to localhost', { HP_PUBLIC_WEB_URL: undefined }, /HP_PUBLIC_WEB_URL/],
    ['the development email transport', { EMAIL_TRANSPORT: 'dev' }, /EMAIL_TRANSPORT=dev/],
    ['SMTP without a URL', { EMAIL_TRANSPORT: 'smtp' }, /SMTP_URL is required/],
    ['invitation links to localhost', { SMTP_URL: 'smtps://u:p@smtp.example.eg:465' }, /HP_PUBLIC_ADMIN_URL must be a public https URL/],
    ['the development PII key', { PII_KEYS: undefined }, /PII_KEYS holds the development key/],
    ['the development key kept for decryption', { PII_KEYS: `${pii.PII_KEYS},dev1:ZGV2LW9ubHktcGlpLWtleS1ub3QtZm9yLXByb2R1Y3Q=` }, /PII_KEYS holds the development key/],
    ['the development hash key', { PII_HASH_KEY: undefined }, /PII_HASH_KEY is the development default/],
    ['the hash key equal to AUTH_SECRET', { PII_HASH_KEY: strongSecret }, /PII_HASH_KEY must differ/],
    ['a malformed PII key', { PII_KEYS: 'k1:short' }, /PII_KEYS/],
    ['documents on the local disk', { HP_DOCUMENT_STORAGE: 'fs' }, /HP_DOCUMENTS_ALLOW_FS=true/],
    ['documents with no bucket', { S3_BUCKET: undefined }, /HP_DOCUMENTS_ALLOW_FS=true/],
    ['S3 without credentials', { S3_SECRET_ACCESS_KEY: undefined }, /S3_SECRET_ACCESS_KEY is required/],
  ])('refuses production with %s', (_, patch, message) => {
    expect(() => parseEnv({ ...prod, ...patch })).toThrow(message);
  });

  it('lets values in the environment win over the payment defaults', () => {
    const e = parseEnv({ PAYMOB_HMAC_SECRET: 'mine', PAYMOB_INTEGRATION_ID: '7, 8', FAWRY_BASE_URL: 'http://127.0.0.1:9/' });
    expect(e).toMatchObject({ PAYMOB_HMAC_SECRET: 'mine', PAYMOB_INTEGRATION_ID: [7, 8], FAWRY_BASE_URL: 'http://127.0.0.1:9' });
    expect(() => parseEnv({ PAYMOB_INTEGRATION_ID: 'card' })).toThrow(EnvError);
  });

  it('keeps documents under the data directory by default; production may use the disk only when told', () => {
    expect(parseEnv({ HP_DATA_DIR: '/srv/hp' })).toMatchObject({ HP_DOCUMENT_STORAGE: 'fs', HP_DOCUMENTS_DIR: '/srv/hp/documents' });
    expect(parseEnv({ ...prod, HP_DOCUMENT_STORAGE: 'fs', HP_DOCUMENTS_ALLOW_FS: 'true' }).HP_DOCUMENT_STORAGE).toBe('fs');
    expect(parseEnv(prod).HP_DOCUMENT_STORAGE).toBe('s3');
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

  it('picks the email transport: dev in development, off in production, SMTP once a URL is set', () => {
    expect(parseEnv({}).EMAIL_TRANSPORT).toBe('dev');
    expect(parseEnv(prod).EMAIL_TRANSPORT).toBe('off');
    const smtp = { ...prod, SMTP_URL: 'smtps://u:p@smtp.example.eg:465', HP_PUBLIC_ADMIN_URL: 'https://admin.healthpay.eg/', HP_PUBLIC_MERCHANT_URL: 'https://pharmacy.healthpay.eg' };
    expect(parseEnv(smtp)).toMatchObject({ EMAIL_TRANSPORT: 'smtp', HP_PUBLIC_ADMIN_URL: 'https://admin.healthpay.eg' });
    expect(parseEnv({}).HP_PUBLIC_MERCHANT_URL).toBe('http://127.0.0.1:3002');
  });

  it('lists every invalid variable', () => {
    expect(() => parseEnv({ DATABASE_URL: 'mysql://x', HP_APPEND_MAX_BATCH: '0' })).toThrow(/DATABASE_URL[\s\S]*HP_APPEND_MAX_BATCH/);
  });
});

describe('development sign-in stays on loopback', () => {
  it('is on by default for a development run on 127.0.0.1', () => {
    expect(parseEnv({ HP_ENV: 'development' }).HP_DEV_AUTH).toBe(true);
  });

  it('is off by default when the portals listen on every interface (docker-compose)', () => {
    expect(parseEnv({ HP_ENV: 'development', HP_HOST: '0.0.0.0' }).HP_DEV_AUTH).toBe(false);
  });

  it('refuses to be turned on for a non-loopback host', () => {
    expect(() => parseEnv({ HP_ENV: 'development', HP_HOST: '0.0.0.0', HP_DEV_AUTH: 'true' })).toThrow(/HP_DEV_AUTH.*loopback/);
  });
});
