import { randomBytes } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter, SqlQueryable } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { CharAsTextClient, restoreCharColumns } from './pg-client';

function withCharColumns<T extends SqlQueryable>(q: T): T {
  const queryRaw = q.queryRaw.bind(q);
  return Object.assign(q, { queryRaw: async (query: Parameters<T['queryRaw']>[0]) => restoreCharColumns(await queryRaw(query)) });
}

/**
 * A migration-aware adapter factory for the wasm schema engine (unbound: pass it through
 * bindMigrationAwareSqlAdapterFactory). Call closeAll() when done.
 */
export function adapterFactory(connectionString: string) {
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString });
    await c.connect();
    try { await c.query(sql); } finally { await c.end(); }
  };
  // engine.free() does not dispose the engine's connections: their idle pools would keep the process
  // alive ~10 s and shadow databases would stay. So every adapter gets an idempotent dispose we call last.
  const closers = new Set<() => Promise<void>>();
  const open = async (url: string, after?: () => Promise<void>): Promise<SqlDriverAdapter> => {
    const adapter = withCharColumns(await new PrismaPg({ connectionString: url, Client: CharAsTextClient }).connect());
    const end = adapter.dispose.bind(adapter);
    const startTransaction = adapter.startTransaction.bind(adapter);
    // Resolves to undefined on purpose: the engine deserialises results strictly (`true` is not unit).
    const dispose = async (): Promise<void> => {
      if (!closers.delete(dispose)) return;
      await end();
      await after?.();
    };
    closers.add(dispose);
    // adapter-pg runs a script split at every ';', which breaks function bodies (and comments holding one) in a
    // migration; Prisma's native engine, like our migrator (apply.ts), sends the whole script at once.
    const executeScript = async (script: string): Promise<void> => {
      try {
        await (adapter.underlyingDriver() as pg.Pool).query(script);
      } catch (error) {
        (adapter as unknown as { onError(e: unknown): never }).onError(error);
      }
    };
    return Object.assign(adapter, {
      dispose,
      executeScript,
      startTransaction: async (...a: Parameters<typeof startTransaction>) => withCharColumns(await startTransaction(...a)),
    });
  };
  return {
    provider: 'postgres' as const,
    adapterName: '@prisma/adapter-pg',
    connect: () => open(connectionString),
    // Our own shadow database instead of PrismaPg#connectToShadowDb: that one spreads the main config
    // plus `database`, and with a connectionString pg ignores `database`, so the engine's "shadow"
    // replays every migration into the main database. Its DROP also fails while its pool is open.
    connectToShadowDb: async (): Promise<SqlDriverAdapter> => {
      const name = `prisma_shadow_${randomBytes(8).toString('hex')}`;
      await admin(`CREATE DATABASE "${name}"`);
      const url = new URL(connectionString);
      url.pathname = `/${name}`;
      return open(url.toString(), () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
    closeAll: async () => void (await Promise.all([...closers].map((close) => close()))),
  };
}
