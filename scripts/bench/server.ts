import { createServer } from 'node:http';
import { createServices } from '@healthpay/api';
import { actorCacheOf } from '@healthpay/db';
import { nodeHttpHandler, trpcNodeAdapter } from '@healthpay/api/http';

/**
 * The real command path over HTTP, without a portal around it: tRPC's Node adapter → procedure →
 * command handler → group-committed event store. Started by bench/commands.ts as its own process.
 */
const url = process.env.DATABASE_URL;
const port = Number(process.env.BENCH_PORT);
if (!url || !port) throw new Error('DATABASE_URL and BENCH_PORT are required');
const services = createServices(url);
// BENCH_ACTOR_CACHE=off: every request reads its actor's row from the database (A/B of the actor cache).
if (process.env.BENCH_ACTOR_CACHE === 'off') actorCacheOf(services.pool, { off: true });
// BENCH_TRPC_PATH=adapter: tRPC's own Node adapter (its Fetch conversions) instead of the Node path, for A/B runs.
const trpc = process.env.BENCH_TRPC_PATH === 'adapter' ? trpcNodeAdapter(services) : nodeHttpHandler(services);
createServer((req, res) => {
  if (req.url === '/__stats') {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(services.store.stats));
    return;
  }
  trpc(req, res);
}).listen(port, '127.0.0.1', () => console.log(`ready ${port}`));
// A clean exit on SIGTERM lets --cpu-prof (BENCH_PROFILE=1) write its profile.
process.on('SIGTERM', () => process.exit(0));
