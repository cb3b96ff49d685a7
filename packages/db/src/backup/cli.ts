// `npm run db:backup -- [--out FILE] [--format pg_dump|portable]` and `npm run db:restore -- FILE [--replace]`,
// against DATABASE_URL (default: the embedded database of `npm start`). docs/operations.md, "Backups".
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { env } from '@healthpay/config';
import { databaseUrl } from '../postgres/default-url';
import { type BackupFormat, backupDatabase, restoreDatabase } from './backup';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' }, format: { type: 'string' }, replace: { type: 'boolean', default: false } },
});
// npm runs workspace scripts inside packages/db: paths are the caller's, relative to where `npm run` was typed.
const here = (p: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), p);
const [command, given] = positionals;
const file = given ? here(given) : undefined;
const url = databaseUrl();

try {
  if (command === 'backup') {
    if (values.format && values.format !== 'pg_dump' && values.format !== 'portable') throw new Error('--format is pg_dump or portable');
    const out = here(values.out ?? path.join(env().HP_DATA_DIR, 'backups', `healthpay-${new Date().toISOString().replaceAll(':', '-')}.backup`));
    mkdirSync(path.dirname(out), { recursive: true });
    const format = await backupDatabase(url, out, values.format as BackupFormat | undefined);
    console.log(`backup written to ${out} (${format})`);
  } else if (command === 'restore' && file) {
    const format = await restoreDatabase(url, file, { replace: values.replace, log: (l) => console.log(l) });
    console.log(`restored ${file} (${format}). Now rebuild the read models: npm run projections:rebuild`);
  } else {
    console.error('usage: backup [--out FILE] [--format pg_dump|portable] | restore FILE [--replace]');
    process.exit(2);
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
