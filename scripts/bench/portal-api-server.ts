/**
 * Diagnostic for `BENCH_WITHOUT_NEXT=1 npm run bench:portal`: a portal server exactly as services/portal-server
 * builds it (guards, metrics, drain) serving only what bypasses Next — tRPC at /api/trpc/* — plus liveness, with
 * no Next build needed. `tsx scripts/bench/portal-api-server.ts <web|admin> <port>`.
 */
import { defaultServices, livenessHandler, isPortalApiRequest, portalApiListener, type Portal } from '@healthpay/api';
import { actorCacheOf } from '@healthpay/db';
import { portalServer, trustedProxies } from '@healthpay/portal-server';

const [portal, port] = process.argv.slice(2) as [Portal, string];
// BENCH_ACTOR_CACHE=off: every request reads its actor's row from the database (A/B of the actor cache).
if (process.env.BENCH_ACTOR_CACHE === 'off') actorCacheOf(defaultServices().pool, { off: true });
const api = portalApiListener(portal);
await portalServer((req, res) => {
  if (isPortalApiRequest(req)) return void api(req, res);
  void livenessHandler().then(async (r) => res.writeHead(r.status, Object.fromEntries(r.headers)).end(Buffer.from(await r.arrayBuffer())));
}, {
  port: Number(port), host: '127.0.0.1', proxies: trustedProxies([]),
  // As services/portal-server/src/main.ts: no AsyncLocalStorage for tRPC calls. BENCH_ASYNC_CONTEXT=all: one for every
  // request, as before (A/B, docs/benchmarks.md bench:portal run 3).
  asyncRequestContext: process.env.BENCH_ASYNC_CONTEXT === 'all' ? true : (req) => !isPortalApiRequest(req),
});
process.on('SIGTERM', () => process.exit(0));
