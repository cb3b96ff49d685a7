import { env } from '@healthpay/config';
import { createPool } from '@healthpay/db';
import { rebuildReadModels } from './rebuild';

/** `npm run projections:rebuild`: replay every event into empty read models. */
const url = env().DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required (the database whose read models to rebuild)');
const pool = createPool(url, 2);
const started = performance.now();
const n = await rebuildReadModels(pool);
console.log(`[projector] rebuilt read models from ${n} events in ${Math.round(performance.now() - started)} ms`);
await pool.end();
