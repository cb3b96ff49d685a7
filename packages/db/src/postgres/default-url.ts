import { env } from '@healthpay/config';

export const EMBEDDED_DATABASE = 'healthpay';

/** DATABASE_URL, or the embedded Postgres that `npm start` runs (same port and credentials). */
export function databaseUrl(): string {
  const e = env();
  return e.DATABASE_URL ?? `postgres://postgres:healthpay-dev@127.0.0.1:${e.HP_EMBEDDED_PG_PORT}/${EMBEDDED_DATABASE}`;
}
