import { env } from '@healthpay/config';
import { createPool } from '@healthpay/db';
import { startProjector } from './projector';

/** `npm start -w @healthpay/projector`: the embedded-mode projector as its own process. */
const url = env().DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required');
const pool = createPool(url, 4);
const projector = await startProjector(pool, url);
console.log('[projector] following the event feed');
const stop = async () => {
  await projector.stop();
  await pool.end();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
