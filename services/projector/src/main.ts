import { env } from '@healthpay/config';
import { createPool, EventStore } from '@healthpay/db';
import { expireDueHolds } from './hold-expiry';
import { startProjector } from './projector';

/** `npm start -w @healthpay/projector`: the embedded-mode projector and the hold-expiry sweep. */
const url = env().DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required');
const pool = createPool(url, 4);
const projector = await startProjector(pool, url);
const store = new EventStore(pool, { maxBatch: 100, maxInFlight: 1 });
const sweep = setInterval(() => {
  expireDueHolds(pool, store, new Date()).catch((e: unknown) => console.error('[projector] hold expiry sweep failed', e));
}, 30_000);
console.log('[projector] following the event feed');
const stop = async () => {
  clearInterval(sweep);
  await projector.stop();
  await pool.end();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
