import { databaseUrl } from '../postgres/default-url';
import { createPool } from '../postgres/pool';
import { countUnrotated, rotatePii } from './rotate';

/**
 * `npm run pii:rotate`: re-encrypts every stored national ID under the first key of PII_KEYS (and encrypts
 * any left in clear). Safe while the system runs and safe to interrupt: run it again until it reports 0 left,
 * then remove the old keys. `npm run pii:rotate -- --check` only counts.
 */
const pool = createPool(databaseUrl(), 2);
try {
  if (process.argv.includes('--check')) console.log(`${await countUnrotated(pool)} national IDs not under the current key`);
  else await rotatePii(pool, { log: (l) => console.log(l), batchSize: 500 });
} finally {
  await pool.end();
}
