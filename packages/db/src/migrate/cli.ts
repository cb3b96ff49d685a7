// `npm run migrate -w @healthpay/db` (root: `npm run db:migrate`): applies pending prisma/migrations to
// DATABASE_URL (default: the embedded database `npm start` runs) and records them in _prisma_migrations,
// like `prisma migrate deploy` without its engine.
//   -- --to <name>   stop at that migration; if later ones are applied, revert them (their down.sql)
//   -- --down        revert the latest applied migration
import { parseArgs } from 'node:util';
import { databaseUrl } from '../postgres/default-url';
import { applyMigrations } from './apply';
import { revertMigrations } from './revert';

const { values } = parseArgs({ options: { to: { type: 'string' }, down: { type: 'boolean', default: false } } });
const log = (line: string) => console.log(line);

try {
  const url = databaseUrl();
  if (values.down && values.to) throw new Error('use either --down or --to <name>');
  const reverted = values.down || values.to ? await revertMigrations(url, { log, to: values.to }) : [];
  const applied = values.down ? [] : await applyMigrations(url, { log, to: values.to });
  if (reverted.length) console.log(`reverted ${reverted.length} migration(s)`);
  if (!values.down) console.log(applied.length ? `applied ${applied.length} migration(s)` : 'database is up to date');
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
