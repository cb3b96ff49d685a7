// `npm run migrate -w @healthpay/db` (root: `npm run db:migrate`): applies pending prisma/migrations to
// DATABASE_URL (default: the embedded database `npm start` runs) and records them in _prisma_migrations,
// like `prisma migrate deploy` without its engine.
import { databaseUrl } from '../postgres/default-url';
import { applyMigrations } from './apply';

try {
  const applied = await applyMigrations(databaseUrl(), { log: (line) => console.log(line) });
  console.log(applied.length ? `applied ${applied.length} migration(s)` : 'database is up to date');
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
