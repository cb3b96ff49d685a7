import { createPool, databaseUrl } from '@healthpay/db';
import { rebuildReadModels } from './rebuild';

/** `npm run projections:rebuild`: replay every event into empty read models. */
// DATABASE_URL, or the embedded database of `npm start` (which must be running).
const pool = createPool(databaseUrl(), 2);
const started = performance.now();
const n = await rebuildReadModels(pool);
console.log(`[projector] rebuilt read models from ${n} events in ${Math.round(performance.now() - started)} ms`);
await pool.end();
