import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type SchemaEngine, withSchemaEngine } from './engine';
import { LOCKFILE, LOCKFILE_CONTENT, MIGRATIONS_DIR, SCHEMA_PATH, readMigrations } from './migrations-dir';

export interface DiffOptions {
  migrationsDir?: string;
  schemaPath?: string;
}

/** The engine's MigrationList, built like the Prisma CLI does (content passed in, not read by wasm). */
async function migrationList(dir: string) {
  // The engine refuses a `migrations` diff source without a lockfile (it names the connector), which is
  // exactly the state before the first migration: assume ours.
  const lock = await readFile(path.join(dir, LOCKFILE), 'utf8').catch(() => LOCKFILE_CONTENT);
  return {
    baseDir: dir,
    lockfile: { path: LOCKFILE, content: lock },
    shadowDbInitScript: '',
    migrationDirectories: (await readMigrations(dir)).map((m) => ({
      path: m.name,
      migrationFile: { path: 'migration.sql', content: { tag: 'ok' as const, value: m.sql } },
    })),
  };
}

type DiffTarget = Parameters<SchemaEngine['diff']>[0]['from'];

async function diffToSchema(connectionString: string, from: DiffTarget, schemaPath: string): Promise<string> {
  const files = [{ path: schemaPath, content: await readFile(schemaPath, 'utf8') }];
  const result = await withSchemaEngine(connectionString, (engine) =>
    engine.diff({
      from,
      to: { tag: 'schemaDatamodel', files },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    }),
  );
  return normalizeEmpty(result.stdout ?? '');
}

/**
 * SQL that takes a database built from the migrations folder to schema.prisma; '' when they agree.
 * The engine replays the migrations into a temporary shadow database on the server behind
 * `connectionString` (only used to create/drop that shadow; nothing else is touched).
 */
export async function diffMigrationsToSchema(connectionString: string, opts: DiffOptions = {}): Promise<string> {
  const from = { tag: 'migrations' as const, ...(await migrationList(opts.migrationsDir ?? MIGRATIONS_DIR)) };
  return diffToSchema(connectionString, from, opts.schemaPath ?? SCHEMA_PATH);
}

/**
 * SQL that takes the live database at `connectionString` to schema.prisma; '' when they agree.
 * (`{ tag: 'url' }` is rejected by this engine build; a schema datasource introspects via the adapter.)
 */
export async function diffDatabaseToSchema(connectionString: string, opts: DiffOptions = {}): Promise<string> {
  const schemaPath = opts.schemaPath ?? SCHEMA_PATH;
  const files = [{ path: schemaPath, content: await readFile(schemaPath, 'utf8') }];
  const from = { tag: 'schemaDatasource' as const, files, configDir: path.dirname(schemaPath) };
  return diffToSchema(connectionString, from, schemaPath);
}

/** With script: true, an empty diff is not '' but a comment line; treat it as empty. */
function normalizeEmpty(sql: string): string {
  return sql.trim() === '-- This is an empty migration.' ? '' : sql;
}
