import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { applyMigrations } from '../migrate/apply';
import { startEmbeddedPostgres } from '../postgres/embedded';
import { freePort } from '../postgres/free-port';
import { withDatabase } from '../postgres/urls';

const TEMPLATE = 'hp_template';

/**
 * Vitest global setup for integration specs: one real, throwaway Postgres per test run, plus a
 * migrated template database that specs copy (CREATE DATABASE … TEMPLATE is much faster than migrating).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'hp-test-pg-'));
  // As root the server runs as the `postgres` user, which must be able to enter this folder.
  await chmod(dir, 0o755);
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), port: await freePort(), persistent: false });
  const client = new pg.Client({ connectionString: server.adminUrl });
  await client.connect();
  await client.query(`CREATE DATABASE ${TEMPLATE}`);
  await client.end();
  await applyMigrations(withDatabase(server.adminUrl, TEMPLATE));
  project.provide('pgAdminUrl', server.adminUrl);
  project.provide('pgTemplateDatabase', TEMPLATE);
  return async () => {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
