// `npm run migrate -w @healthpay/db` (root: `npm run db:migrate`): applies pending prisma/migrations to
// DATABASE_URL and records them in _prisma_migrations, like `prisma migrate deploy` without its engine.
import { applyMigrations } from './apply';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is not set');
  process.exit(1);
}
try {
  const applied = await applyMigrations(url, { log: (line) => console.log(line) });
  console.log(applied.length ? `applied ${applied.length} migration(s)` : 'database is up to date');
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
