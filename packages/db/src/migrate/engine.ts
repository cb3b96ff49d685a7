import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SqlDriverAdapter } from '@prisma/driver-adapter-utils';
import * as bg from '@prisma/schema-engine-wasm/schema_engine_bg';
import pg from 'pg';
import { CharAsTextClient } from './pg-client';

export type SchemaEngine = bg.SchemaEngine;

let loaded: Promise<void> | undefined;

// The shared tsconfig has no DOM lib, so the WebAssembly global is untyped: declare the one call we use.
type Instantiate = (bytes: Uint8Array, imports: object) => Promise<{ instance: { exports: Record<string, unknown> } }>;
const wasmApi = (globalThis as unknown as { WebAssembly: { instantiate: Instantiate } }).WebAssembly;

/**
 * The package entry does `import * from './schema_engine_bg.wasm'`, which Node 20 only loads with
 * --experimental-wasm-modules (and tsx/vitest not at all). Instantiate the wasm ourselves, wiring its
 * imports to the JS glue exactly like the entry does. Once per process: the glue holds one instance.
 */
function loadWasm(): Promise<void> {
  loaded ??= (async () => {
    const glue = createRequire(import.meta.url).resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bytes = await readFile(glue.replace(/\.js$/, '.wasm'));
    const { instance } = await wasmApi.instantiate(bytes, { './schema_engine_bg.js': bg });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return loaded;
}

function adapterFactory(connectionString: string) {
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString });
    await c.connect();
    try { await c.query(sql); } finally { await c.end(); }
  };
  // free() does not dispose the engine's connections: their idle pools would keep the process alive
  // ~10 s and shadow databases would stay. So every adapter gets an idempotent dispose we call at the end.
  const closers = new Set<() => Promise<void>>();
  const open = async (url: string, after?: () => Promise<void>): Promise<SqlDriverAdapter> => {
    const adapter = await new PrismaPg({ connectionString: url, Client: CharAsTextClient }).connect();
    const end = adapter.dispose.bind(adapter);
    // Resolves to undefined on purpose: the engine deserialises results strictly (`true` is not unit).
    const dispose = async (): Promise<void> => {
      if (!closers.delete(dispose)) return;
      await end();
      await after?.();
    };
    closers.add(dispose);
    return Object.assign(adapter, { dispose });
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

/** Runs `fn` with a wasm schema engine connected to `connectionString`; always cleans up shadows. */
export async function withSchemaEngine<T>(connectionString: string, fn: (e: SchemaEngine) => Promise<T>): Promise<T> {
  await loadWasm();
  const factory = adapterFactory(connectionString);
  const log = process.env.DEBUG_SCHEMA_ENGINE ? (l: string) => console.error(l) : () => {};
  const engine = await bg.SchemaEngine.new({ datamodels: undefined }, log, bindMigrationAwareSqlAdapterFactory(factory));
  try {
    return await fn(engine);
  } finally {
    engine.free();
    await factory.closeAll();
  }
}
