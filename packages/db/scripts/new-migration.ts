// npm run migration:new -w @healthpay/db -- <name> [--empty]
// Writes prisma/migrations/<UTC YYYYMMDDHHMMSS>_<name>/migration.sql (and a down.sql stub) with the SQL that takes the existing
// migrations to schema.prisma (what `prisma migrate dev --create-only` would write, without the native
// engine). DATABASE_URL only names a server: a temporary shadow database is created and dropped on it.
// --empty writes an empty migration for hand-written SQL (data fixes, things Prisma cannot express).
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { diffMigrationsToSchema } from '../src/migrate/diff';
import { LOCKFILE, LOCKFILE_CONTENT, MIGRATIONS_DIR } from '../src/migrate/migrations-dir';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const args = process.argv.slice(2);
const empty = args.includes('--empty');
const rawName = args.find((a) => !a.startsWith('--'));
if (!rawName) fail('usage: npm run migration:new -w @healthpay/db -- <name> [--empty]');
// Folder names end up in _prisma_migrations.migration_name: keep them shell- and SQL-boring.
const name = rawName.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 200);
if (!name) fail(`unusable migration name: ${rawName}`);
const url = process.env.DATABASE_URL;
if (!url) fail('DATABASE_URL is not set (a Postgres server is needed for the shadow database)');

const sql = empty ? '-- Hand-written migration.\n' : await diffMigrationsToSchema(url);
if (!sql) {
  console.log('schema.prisma and prisma/migrations already agree: no migration written.');
  process.exit(0);
}

// Same shape as Prisma's generated names: UTC timestamp to the second, then the name.
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const folder = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
if (existsSync(folder)) fail(`${folder} already exists`);
await mkdir(folder, { recursive: true });
await writeFile(path.join(folder, 'migration.sql'), sql);
// The way back is written by hand; src/migrate/revert.int.spec.ts fails until it restores the schema exactly
// (or is replaced by a down.md explaining why only a forward fix is safe). docs/operations.md, "Migrations".
await writeFile(path.join(folder, 'down.sql'), `-- Reverts ${stamp}_${name}: undo every statement of migration.sql, last first.\n`);
const lockfile = path.join(MIGRATIONS_DIR, LOCKFILE);
if (!existsSync(lockfile)) await writeFile(lockfile, LOCKFILE_CONTENT);
console.log(`wrote ${path.relative(process.cwd(), path.join(folder, 'migration.sql'))} and a down.sql to fill in`);
