/**
 * Serves one built portal: `tsx services/portal-server/src/main.ts <web|admin|merchant> [port] [host]`.
 * Next's own request handler behind the guard in server.ts (what `next start` would run, plus our checks).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { env } from '@healthpay/config';
import { log, setLogService } from '@healthpay/config/log';
import { serveMetrics } from '@healthpay/config/metrics';
import next from 'next';
import { isPortalApiRequest, portalApiListener, portalProbeListener } from '@healthpay/api';
import { shutdownOnSignals } from '@healthpay/config/lifecycle';
import { trustedProxies } from './client-address';
import { drainable } from './drain';
import { portalServer } from './server';

const PORTALS = { web: 'PORT_WEB', admin: 'PORT_ADMIN', merchant: 'PORT_MERCHANT' } as const;
type Portal = keyof typeof PORTALS;

const [name, portArg, hostArg] = process.argv.slice(2);
if (!name || !(name in PORTALS)) {
  console.error('usage: portal-server <web|admin|merchant> [port] [host]');
  process.exit(2);
}
const portal = name as Portal;
setLogService(portal);
const e = env();
const port = portArg ? Number(portArg) : e[PORTALS[portal]];
const host = hostArg ?? e.HP_HOST;
const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../apps', portal);

const app = next({ dev: false, dir, hostname: host, port });
await app.prepare();
const handle = app.getRequestHandler();
// tRPC calls skip Next's request pipeline (several times the cost of the call itself): same handler and headers.
const api = portalApiListener(portal);
// So do the health probes (Next's pipeline made liveness cost ~6 tRPC calls of CPU): same handlers and headers.
const probes = portalProbeListener();
// Next answers its own errors; anything that still escapes is logged and answered 503, never left to crash the process.
const requests = drainable((req, res) => {
  (probes(req, res) ?? (isPortalApiRequest(req) ? api(req, res) : handle(req, res))).catch((error: unknown) => {
    log.error(`[${portal}] unhandled request error`, error);
    if (res.headersSent) res.destroy();
    else res.writeHead(503, { 'retry-after': '1', 'cache-control': 'no-store' }).end();
  });
});
const server = await portalServer(requests.listener, {
  port, host, proxies: trustedProxies(e.HP_TRUSTED_PROXIES), metricsToken: e.METRICS_TOKEN,
  // The request id in an AsyncLocalStorage only for what Next answers (its code and Auth.js log without the request at
  // hand): tRPC calls log with the id they carry, as on services/api, and no promise of theirs pays for the hooks.
  asyncRequestContext: (req) => !isPortalApiRequest(req),
});
// Prometheus scrapes this process on its own loopback port (docs/operations.md), never through the public one.
if (e.METRICS_PORT) await serveMetrics(e.METRICS_PORT, e.METRICS_HOST);
log.info(`${portal} ready on http://${host}:${port}`);

// SIGTERM: readiness 503 and new requests refused at once, requests in flight answered (their commands
// committed), then the API's pools and clients closed (registered by its services); exit 1 past the deadline.
shutdownOnSignals({
  deadlineMs: e.HP_SHUTDOWN_TIMEOUT_MS,
  log: (line) => log.info(`[${portal}] ${line}`),
  steps: [['requests in flight answered', () => requests.drain(server)], ['next', () => app.close()]],
});
