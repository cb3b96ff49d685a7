import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { assertDatabaseName, withDatabase } from '../postgres/urls';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgTemplateDatabase: string;
  }
}

export interface TestDatabase {
  connectionString: string;
  drop(): Promise<void>;
}

async function admin<T>(adminUrl: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function create(template: string | undefined): Promise<TestDatabase> {
  const adminUrl = inject('pgAdminUrl');
  const name = assertDatabaseName(`t_${randomUUID().replaceAll('-', '').slice(0, 20)}`);
  const from = template ? ` TEMPLATE ${assertDatabaseName(template)}` : '';
  await admin(adminUrl, (c) => c.query(`CREATE DATABASE ${name}${from}`));
  return {
    connectionString: withDatabase(adminUrl, name),
    drop: () => admin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}),
  };
}

/** A fresh, empty database on the Postgres server the test run started (see global-setup.ts). */
export const createTestDatabase = (): Promise<TestDatabase> => create(undefined);

/** A fresh database with every migration applied (copied from a template migrated once per run). */
export const createMigratedTestDatabase = (): Promise<TestDatabase> =>
  create(inject('pgTemplateDatabase'));
