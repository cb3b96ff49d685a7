/**
 * Serves one built portal: `tsx services/portal-server/src/main.ts <web|admin|merchant> [port] [host]`.
 * Next's own request handler behind the guard in server.ts (what `next start` would run, plus our checks).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { env } from '@healthpay/config';
import next from 'next';
import { trustedProxies } from './client-address';
import { portalServer } from './server';

const PORTALS = { web: 'PORT_WEB', admin: 'PORT_ADMIN', merchant: 'PORT_MERCHANT' } as const;
type Portal = keyof typeof PORTALS;

const [name, portArg, hostArg] = process.argv.slice(2);
if (!name || !(name in PORTALS)) {
  console.error('usage: portal-server <web|admin|merchant> [port] [host]');
  process.exit(2);
}
const portal = name as Portal;
const e = env();
const port = portArg ? Number(portArg) : e[PORTALS[portal]];
const host = hostArg ?? e.HP_HOST;
const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../apps', portal);

const app = next({ dev: false, dir, hostname: host, port });
await app.prepare();
const handle = app.getRequestHandler();
// Next answers its own errors; anything that still escapes is logged and answered 503, never left to crash the process.
const server = await portalServer(
  (req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error(`[${portal}] unhandled request error`, error instanceof Error ? error.message : error);
      if (res.headersSent) res.destroy();
      else res.writeHead(503, { 'retry-after': '1', 'cache-control': 'no-store' }).end();
    });
  },
  { port, host, proxies: trustedProxies(e.HP_TRUSTED_PROXIES) },
);
console.log(`${portal} ready on http://${host}:${port}`);

const stop = () => server.close(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
