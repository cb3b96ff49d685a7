import path from 'node:path';
import pg from 'pg';
import { createPool, withDatabase } from '@healthpay/db';
import { seedDemoCredentials } from '@healthpay/api';
import { applyMigrations, rotatePii, seedDemoData, startEmbeddedPostgres } from '@healthpay/db/ops';

export interface Database {
  url: string;
  stop(): Promise<void>;
}

async function canConnect(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

/** DATABASE_URL if given; else the embedded Postgres under dataDir (reused if already up). */
export async function startDatabase(opts: { url?: string; dataDir: string; port: number; name: string; log: (l: string) => void }): Promise<Database> {
  if (opts.url) return { url: opts.url, stop: async () => {} };
  const adminUrl = `postgres://postgres:healthpay-dev@127.0.0.1:${opts.port}/postgres`;
  let stop = async () => {};
  if (!(await canConnect(adminUrl))) {
    opts.log(`starting embedded Postgres (data in ${path.resolve(opts.dataDir)})`);
    const server = await startEmbeddedPostgres({ dataDir: path.join(opts.dataDir, 'postgres'), port: opts.port, persistent: true });
    stop = server.stop;
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [opts.name]);
  if (!exists.rowCount) await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(opts.name)}`);
  await admin.end();
  return { url: withDatabase(adminUrl, opts.name), stop };
}

/** Migrations, then demo data once, then any national ID still in clear encrypted. */
export async function prepareDatabase(url: string, log: (l: string) => void): Promise<void> {
  const applied = await applyMigrations(url);
  if (applied.length) log(`applied migrations: ${applied.join(', ')}`);
  const pool = createPool(url, 2);
  try {
    if (await seedDemoData(pool)) log('seeded demo data');
    const passwords = await seedDemoCredentials(pool);
    if (passwords) log(`gave ${passwords} demo staff and pharmacists a password`);
    // National IDs stored before encryption at rest (or under a key no longer first in PII_KEYS) are
    // (re-)encrypted here, so a running stack never holds one in clear (docs/security.md).
    const pii = await rotatePii(pool);
    if (pii.users + pii.beneficiaries + pii.events + pii.responses > 0) {
      log(`encrypted national IDs: ${pii.users} users, ${pii.beneficiaries} card members, ${pii.events} events; ${pii.responses} stored responses masked`);
    }
  } finally {
    await pool.end();
  }
}
