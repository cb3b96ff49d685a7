import { z } from 'zod';

/**
 * The only place HealthPay reads configuration. Development defaults exist so `npm start` works on a
 * fresh machine; in production every one of them is refused (see `assertProductionSafe`).
 */
const DEV_AUTH_SECRET = 'healthpay-dev-only-secret-not-for-production-0000000000000000000000';
/** Development keys for personal data (national IDs): public, so refused in production. */
export const DEV_PII_KEYS = 'dev1:ZGV2LW9ubHktcGlpLWtleS1ub3QtZm9yLXByb2R1Y3Q=';
/** The token `npm start` and `npm run observe` use for /metrics on the portals' main ports: refused in production. */
export const DEV_METRICS_TOKEN = 'healthpay-dev-only-metrics-token-000000';
export const DEV_PII_HASH_KEY = 'healthpay-dev-only-pii-hash-key-not-for-production-000000000000';

/** Development defaults of the payment providers: the sandboxes in services/payment-sandbox sign with these. */
export const PAYMENT_SANDBOX_DEFAULTS = {
  PAYMOB_BASE_URL: 'http://127.0.0.1:3010',
  PAYMOB_SECRET_KEY: 'paymob-sandbox-secret-key',
  PAYMOB_PUBLIC_KEY: 'paymob-sandbox-public-key',
  PAYMOB_HMAC_SECRET: 'paymob-sandbox-hmac-secret',
  PAYMOB_INTEGRATION_ID: '4900001',
  FAWRY_BASE_URL: 'http://127.0.0.1:3011',
  FAWRY_MERCHANT_CODE: 'HPSANDBOX',
  FAWRY_SECURE_KEY: 'fawry-sandbox-secure-key',
} as const;

const bool = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  /**
   * Where this runs. Defaults to production whenever NODE_ENV is production (so a deploy that forgets
   * it is safe); `npm start` sets it to development because it serves production builds locally.
   */
  HP_ENV: z.enum(['development', 'test', 'production']).optional(),
  /** Postgres to use; unset means: start the embedded Postgres under HP_DATA_DIR. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  HP_DATA_DIR: z.string().min(1).default('.data'),
  HP_EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  /** Lets a dev header/cookie choose the acting user. Never allowed in production. */
  HP_DEV_AUTH: bool.optional(),
  AUTH_SECRET: z.string().min(1).default(DEV_AUTH_SECRET),
  /** Interface the portals listen on (0.0.0.0 inside a container). */
  HP_HOST: z.string().min(1).default('127.0.0.1'),
  /**
   * Proxies whose X-Forwarded-For / X-Forwarded-Host the portals believe: addresses, CIDRs or `loopback`,
   * comma-separated. Empty (the default): nobody's, so the socket peer is the client.
   */
  HP_TRUSTED_PROXIES: z.string().max(2000).default('').transform((v) => v.split(',').map((p) => p.trim()).filter(Boolean)),
  PORT_WEB: z.coerce.number().int().default(3000),
  PORT_ADMIN: z.coerce.number().int().default(3001),
  PORT_MERCHANT: z.coerce.number().int().default(3002),
  /**
   * embedded: projections follow the Postgres feed, balances live in Postgres (the default).
   * scaled: an outbox relay publishes to Kafka, a consumer group projects balances into CQL
   * (ScyllaDB / Cassandra) and the Postgres read models.
   */
  HP_MODE: z.enum(['embedded', 'scaled']).default('embedded'),
  /** The projector's GET /metrics (projection lag). */
  HP_METRICS_PORT: z.coerce.number().int().min(1024).max(65535).default(9464),
  /** SIGTERM: readiness 503 at once, in-flight work finishes, clients close; exit 1 if not done within this. */
  HP_SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(10_000),
  /** Projector and relay: GET /health/liveness and /health/readiness on this port (unset: no probe server). */
  HP_HEALTH_PORT: z.coerce.number().int().min(1024).max(65535).optional(),
  /** Interface of the probe server: loopback by default, 0.0.0.0 in a pod (the kubelet calls the pod address). */
  HP_HEALTH_HOST: z.string().min(1).default('127.0.0.1'),
  /**
   * This process's Prometheus /metrics on its own port, bound to 127.0.0.1 (docs/operations.md). Unset: no
   * separate port (the projector keeps HP_METRICS_PORT).
   */
  METRICS_PORT: z.coerce.number().int().min(1024).max(65535).optional(),
  /** Interface of the METRICS_PORT listener: loopback by default (0.0.0.0 only inside a pod network). */
  METRICS_HOST: z.string().min(1).default('127.0.0.1'),
  /** Serves /metrics on a portal's main port too, to `Authorization: Bearer <METRICS_TOKEN>` only. */
  METRICS_TOKEN: z.string().min(24, 'at least 24 characters').optional(),
  /** Prometheus' address: the staff System page reads from it when set, else from the processes' own metrics. */
  PROMETHEUS_URL: z.url({ protocol: /^https?$/ }).optional().transform((u) => u?.replace(/\/+$/, '')),
  /** Where the projector's metrics are (the System page's fallback when PROMETHEUS_URL is unset). */
  HP_PROJECTOR_METRICS_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Reported by /health. */
  HP_VERSION: z.string().min(1).default('0.1.0-dev'),
  KAFKA_BROKERS: z.string().min(1).default('127.0.0.1:9092').transform((v) => v.split(',').map((b) => b.trim())),
  /** Topics are `<prefix>.events.<aggregate type>`. */
  HP_TOPIC_PREFIX: z.string().regex(/^[a-z][a-z0-9_.-]{0,63}$/).default('healthpay'),
  CQL_CONTACT_POINTS: z.string().min(1).default('127.0.0.1:9042').transform((v) => v.split(',').map((b) => b.trim())),
  CQL_LOCAL_DC: z.string().min(1).default('datacenter1'),
  CQL_KEYSPACE: z.string().regex(/^[a-z][a-z0-9_]{0,47}$/, 'lowercase letters, digits, _').default('healthpay'),
  /**
   * Group commit: most commands per event-store transaction, and transactions in flight per process. One in flight
   * carried ~31 debits per commit at 64 connections (two: ~22) for less Postgres CPU per command and more commands/s,
   * at 16 and 256 connections too (docs/benchmarks.md, `npm run bench` run 14).
   */
  HP_APPEND_MAX_BATCH: z.coerce.number().int().min(1).max(10_000).default(500),
  HP_APPEND_MAX_IN_FLIGHT: z.coerce.number().int().min(1).max(32).default(1),
  HP_PG_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /**
   * Where one-time codes go. dev: the server log and the sms_outbox table (never in production);
   * cequens: Cequens' SMS API with CEQUENS_API_KEY; off: no SMS sign-in. Default: cequens when a key is
   * set, else dev outside production and off in production.
   */
  HP_SMS: z.enum(['dev', 'cequens', 'off']).optional(),
  CEQUENS_API_KEY: z.string().min(1).optional(),
  CEQUENS_API_URL: z.url({ protocol: /^https?$/ }).default('https://apis.cequens.com/sms/v1/messages'),
  CEQUENS_SENDER_NAME: z.string().min(1).max(11).default('HealthPay'),
  /**
   * Where emails (invitations) go. dev: the server log and the email_outbox table (never in production);
   * smtp: SMTP_URL (nodemailer); off: none. Default: smtp when SMTP_URL is set, else dev outside production
   * and off in production.
   */
  EMAIL_TRANSPORT: z.enum(['dev', 'smtp', 'off']).optional(),
  /** e.g. `smtps://user:pass@smtp.example.eg:465`. */
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  EMAIL_FROM: z.string().min(3).max(200).default('HealthPay <no-reply@healthpay.eg>'),
  /**
   * Browser origins (besides each portal's own) allowed to call /api/trpc and /api/v1 with CORS,
   * comma-separated, e.g. `https://partner.example.eg`. Empty: same-origin only.
   */
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((o) => o.trim()).filter((o) => o.length > 0))
    .pipe(z.array(z.url({ protocol: /^https?$/ }).transform((o) => new URL(o).origin))),
  /** Portal session lifetimes (Auth.js JWT cookies), in seconds: patients, and staff + pharmacists. */
  HP_PATIENT_SESSION_SECONDS: z.coerce.number().int().min(60).max(90 * 86_400).default(30 * 86_400),
  HP_STAFF_SESSION_SECONDS: z.coerce.number().int().min(60).max(86_400).default(8 * 3_600),
  /**
   * Payment providers. Defaults point at the local sandboxes (`npm start` runs them); production refuses
   * sandbox URLs and default secrets. PAYMOB_INTEGRATION_ID may list several ids (card, wallets), comma-separated.
   */
  PAYMOB_BASE_URL: z.url({ protocol: /^https?$/ }).default(PAYMENT_SANDBOX_DEFAULTS.PAYMOB_BASE_URL).transform((u) => u.replace(/\/+$/, '')),
  PAYMOB_SECRET_KEY: z.string().min(1).default(PAYMENT_SANDBOX_DEFAULTS.PAYMOB_SECRET_KEY),
  PAYMOB_PUBLIC_KEY: z.string().min(1).default(PAYMENT_SANDBOX_DEFAULTS.PAYMOB_PUBLIC_KEY),
  PAYMOB_HMAC_SECRET: z.string().min(1).default(PAYMENT_SANDBOX_DEFAULTS.PAYMOB_HMAC_SECRET),
  PAYMOB_INTEGRATION_ID: z
    .string()
    .default(PAYMENT_SANDBOX_DEFAULTS.PAYMOB_INTEGRATION_ID)
    .transform((v) => v.split(',').map((id) => id.trim()).filter((id) => id.length > 0))
    .pipe(z.array(z.string().regex(/^\d+$/, "integration ids are numbers").transform(Number)).min(1)),
  FAWRY_BASE_URL: z.url({ protocol: /^https?$/ }).default(PAYMENT_SANDBOX_DEFAULTS.FAWRY_BASE_URL).transform((u) => u.replace(/\/+$/, '')),
  FAWRY_MERCHANT_CODE: z.string().min(1).default(PAYMENT_SANDBOX_DEFAULTS.FAWRY_MERCHANT_CODE),
  FAWRY_SECURE_KEY: z.string().min(1).default(PAYMENT_SANDBOX_DEFAULTS.FAWRY_SECURE_KEY),
  /** The patient portal's public address: providers send callbacks and patients back to it. */
  HP_PUBLIC_WEB_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:3000').transform((u) => u.replace(/\/+$/, '')),
  /** The staff and pharmacy portals' public addresses: invitation links point at them. */
  HP_PUBLIC_ADMIN_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:3001').transform((u) => u.replace(/\/+$/, '')),
  HP_PUBLIC_MERCHANT_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:3002').transform((u) => u.replace(/\/+$/, '')),
  /** Per attempt, towards Paymob and Fawry. */
  HP_PROVIDER_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(8_000),
  /**
   * Keys that encrypt national IDs at rest (AES-256-GCM), `kid:base64key,…` (32-byte keys). The FIRST
   * encrypts, all decrypt: rotate by putting a new key first, running `npm run pii:rotate` until it reports
   * 0 left, then removing the old one (docs/security.md).
   */
  PII_KEYS: z
    .string()
    .default(DEV_PII_KEYS)
    .refine((v) => v.split(',').every((k) => /^[a-z0-9]{1,16}:[A-Za-z0-9+/]{43}=$/.test(k.trim())), 'kid:base64key,… (kid a-z0-9, 32-byte keys)'),
  /** HMAC-SHA256 key for exact-match search on national IDs; not rotated like PII_KEYS (docs/security.md). */
  PII_HASH_KEY: z.string().min(32).default(DEV_PII_HASH_KEY),
  /** General REST v1 limit per API token (or user), per hour. */
  HP_API_RATE_LIMIT_PER_HOUR: z.coerce.number().int().min(1).default(1000),
  /**
   * How long a pharmacy settlement statement runs: a Cairo calendar week (Saturday–Friday) or month. Statement ids
   * carry the kind, so changing it starts new statements from the next claim on (docs/settlements.md).
   */
  HP_SETTLEMENT_PERIOD: z.enum(['week', 'month']).default('week'),
  /** Headless Chromium that renders statement PDFs (Arabic needs fonts-noto-core installed beside it). */
  HP_CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
  /**
   * Where uploaded documents (insurance claim evidence) are kept (docs/documents.md). fs: files under
   * HP_DOCUMENTS_DIR (default `<HP_DATA_DIR>/documents`), refused in production unless
   * HP_DOCUMENTS_ALLOW_FS=true; s3: an S3-compatible bucket. Default: s3 when S3_BUCKET is set, else fs.
   */
  HP_DOCUMENT_STORAGE: z.enum(['fs', 's3']).optional(),
  HP_DOCUMENTS_DIR: z.string().min(1).optional(),
  HP_DOCUMENTS_ALLOW_FS: bool.default(false),
  S3_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  S3_BUCKET: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'an S3 bucket name').optional(),
  S3_REGION: z.string().regex(/^[a-z0-9-]{1,40}$/).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** Path-style URLs (`endpoint/bucket/key`), which MinIO and most S3-compatible stores need. */
  S3_FORCE_PATH_STYLE: bool.default(false),
});

export type Env = Omit<z.infer<typeof schema>, 'HP_DEV_AUTH' | 'HP_ENV' | 'HP_SMS' | 'EMAIL_TRANSPORT' | 'HP_DOCUMENT_STORAGE' | 'HP_DOCUMENTS_DIR'> & {
  HP_DOCUMENT_STORAGE: 'fs' | 's3';
  HP_DOCUMENTS_DIR: string;
  HP_ENV: 'development' | 'test' | 'production';
  HP_DEV_AUTH: boolean;
  HP_SMS: 'dev' | 'cequens' | 'off';
  EMAIL_TRANSPORT: 'dev' | 'smtp' | 'off';
};

export class EnvError extends Error {
  override readonly name = 'EnvError';
}

/** Parses an environment (process.env by default); throws EnvError listing every problem. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new EnvError(`Invalid HealthPay configuration:\n${lines.join('\n')}`);
  }
  const raw = parsed.data;
  const hpEnv = raw.HP_ENV ?? (raw.NODE_ENV === 'production' ? 'production' : 'development');
  const sms = raw.HP_SMS ?? (raw.CEQUENS_API_KEY ? 'cequens' : hpEnv === 'production' ? 'off' : 'dev');
  const email = raw.EMAIL_TRANSPORT ?? (raw.SMTP_URL ? 'smtp' : hpEnv === 'production' ? 'off' : 'dev');
  // The dev user header is for a developer's own machine: on by default only when the portals listen on loopback.
  const devAuth = raw.HP_DEV_AUTH ?? (hpEnv !== 'production' && isLoopbackHost(raw.HP_HOST));
  const documents = { HP_DOCUMENT_STORAGE: raw.HP_DOCUMENT_STORAGE ?? (raw.S3_BUCKET ? 's3' : 'fs'), HP_DOCUMENTS_DIR: raw.HP_DOCUMENTS_DIR ?? `${raw.HP_DATA_DIR}/documents` } as const;
  const env: Env = { ...raw, HP_ENV: hpEnv, HP_DEV_AUTH: devAuth, HP_SMS: sms, EMAIL_TRANSPORT: email, ...documents };
  if (env.HP_DEV_AUTH && !isLoopbackHost(env.HP_HOST)) {
    throw new EnvError(`Invalid HealthPay configuration:\n  HP_DEV_AUTH: development sign-in is only allowed when HP_HOST is loopback (is ${env.HP_HOST})`);
  }
  assertProductionSafe(env);
  return env;
}

function assertProductionSafe(env: Env): void {
  if (env.HP_ENV !== 'production') return;
  const problems: string[] = [];
  if (env.HP_DEV_AUTH) problems.push('HP_DEV_AUTH must be false in production (dev user switching)');
  if (env.AUTH_SECRET === DEV_AUTH_SECRET) problems.push('AUTH_SECRET is the development default');
  if (env.AUTH_SECRET.length < 64) problems.push('AUTH_SECRET must be at least 64 characters');
  if (env.PII_KEYS.split(',').some((k) => DEV_PII_KEYS.split(',').includes(k.trim()))) problems.push('PII_KEYS holds the development key');
  if (env.PII_HASH_KEY === DEV_PII_HASH_KEY) problems.push('PII_HASH_KEY is the development default');
  if (env.PII_HASH_KEY === env.AUTH_SECRET) problems.push('PII_HASH_KEY must differ from AUTH_SECRET');
  if (env.METRICS_TOKEN === DEV_METRICS_TOKEN) problems.push('METRICS_TOKEN is the development default');
  if (!env.DATABASE_URL) problems.push('DATABASE_URL is required (the embedded Postgres is for development)');
  if (env.HP_SMS === 'dev') problems.push('HP_SMS=dev must not be used in production (codes would be logged)');
  if (env.HP_SMS === 'cequens' && !env.CEQUENS_API_KEY) problems.push('CEQUENS_API_KEY is required when SMS is enabled');
  if (env.HP_SMS === 'cequens' && !env.CEQUENS_API_URL.startsWith('https:')) problems.push('CEQUENS_API_URL must be https');
  problems.push(...emailProblems(env));
  problems.push(...paymentProblems(env));
  problems.push(...documentStorageProblems(env));
  if (problems.length > 0) {
    throw new EnvError(`Refusing to start in production:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
}

/** 127.0.0.0/8, ::1 or localhost: reachable only from this machine. */
export const isLoopbackHost = (host: string): boolean => /^127(\.\d{1,3}){3}$/.test(host) || host === '::1' || host === '[::1]' || host === 'localhost';

const isLocal = (url: string) => ['127.0.0.1', 'localhost', '[::1]', '0.0.0.0'].includes(new URL(url).hostname);

/** Production talks to the real providers over https with its own secrets. */
function paymentProblems(env: Env): string[] {
  const problems: string[] = [];
  for (const key of ['PAYMOB_BASE_URL', 'FAWRY_BASE_URL', 'HP_PUBLIC_WEB_URL'] as const) {
    if (!env[key].startsWith('https:') || isLocal(env[key])) problems.push(`${key} must be a public https URL (not a sandbox)`);
  }
  for (const key of ['PAYMOB_SECRET_KEY', 'PAYMOB_PUBLIC_KEY', 'PAYMOB_HMAC_SECRET', 'FAWRY_MERCHANT_CODE', 'FAWRY_SECURE_KEY'] as const) {
    if (env[key] === PAYMENT_SANDBOX_DEFAULTS[key]) problems.push(`${key} is the sandbox default`);
  }
  return problems;
}

/** Production emails go through a real SMTP server, with links to the portals' public addresses. */
function emailProblems(env: Env): string[] {
  if (env.EMAIL_TRANSPORT === 'dev') return ['EMAIL_TRANSPORT=dev must not be used in production (invitation links would be logged)'];
  if (env.EMAIL_TRANSPORT === 'off') return [];
  const problems = env.SMTP_URL ? [] : ['SMTP_URL is required when EMAIL_TRANSPORT=smtp'];
  for (const key of ['HP_PUBLIC_ADMIN_URL', 'HP_PUBLIC_MERCHANT_URL'] as const) {
    if (!env[key].startsWith('https:') || isLocal(env[key])) problems.push(`${key} must be a public https URL (invitation links point at it)`);
  }
  return problems;
}

/** Production keeps documents in a bucket (a local disk is lost with its machine), unless explicitly allowed. */
function documentStorageProblems(env: Env): string[] {
  if (env.HP_DOCUMENT_STORAGE === 'fs') return env.HP_DOCUMENTS_ALLOW_FS ? [] : ['HP_DOCUMENT_STORAGE=fs needs HP_DOCUMENTS_ALLOW_FS=true in production (use s3)'];
  const missing = (['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const).filter((k) => !env[k]);
  return missing.map((k) => `${k} is required when HP_DOCUMENT_STORAGE=s3`);
}

let cached: Env | undefined;
/** The process environment, parsed once. */
export const env = (): Env => (cached ??= parseEnv());
