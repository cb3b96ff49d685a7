import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import * as bg from '@prisma/schema-engine-wasm/schema_engine_bg';
import { adapterFactory } from './adapter';

export type SchemaEngine = bg.SchemaEngine;

// The shared tsconfig has no DOM lib, so the WebAssembly global is untyped: declare the one call we use.
type Instantiate = (bytes: Uint8Array, imports: object) => Promise<{ instance: { exports: Record<string, unknown> } }>;
const wasmApi = (globalThis as unknown as { WebAssembly: { instantiate: Instantiate } }).WebAssembly;

// A Rust panic calls global.PRISMA_WASM_PANIC_REGISTRY.set_message (a TypeError if it is missing) and
// then traps inside a promise job: the engine call never settles. Turn it into a rejection instead.
const panics = new Set<(e: Error) => void>();
(globalThis as Record<string, unknown>).PRISMA_WASM_PANIC_REGISTRY ??= {
  set_message: (message: string) => panics.forEach((reject) => reject(new Error(`schema engine panic: ${message}`))),
};

let loaded: Promise<void> | undefined;

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

/** Runs `fn` with a wasm schema engine on the server of `connectionString`; always cleans up. */
export async function withSchemaEngine<T>(connectionString: string, fn: (e: SchemaEngine) => Promise<T>): Promise<T> {
  await loadWasm();
  const factory = adapterFactory(connectionString);
  const log = process.env.DEBUG_SCHEMA_ENGINE ? (line: string) => console.error(line) : () => {};
  let onPanic: (e: Error) => void = () => {};
  const panicked = new Promise<never>((_, reject) => (onPanic = reject));
  panics.add(onPanic);
  try {
    const engine = await bg.SchemaEngine.new({ datamodels: undefined }, log, bindMigrationAwareSqlAdapterFactory(factory));
    // After a panic the instance is poisoned; leaking it beats calling into it again.
    return await Promise.race([panicked, fn(engine).finally(() => engine.free())]);
  } finally {
    panics.delete(onPanic);
    await factory.closeAll();
  }
}
