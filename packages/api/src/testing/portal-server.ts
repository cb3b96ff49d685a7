import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Portal } from '../auth/dev-actor';
import { portalApiListener } from '../http/portal-api-listener';
import type { Services } from '../services/services';

/** A portal's /api/trpc as the portal server answers it, on a free loopback port, for specs: its origin and a stop. */
export async function portalServer(portal: Portal, services: Services): Promise<{ base: string; stop(): Promise<void> }> {
  const listener = portalApiListener(portal, services);
  const server = createServer((req, res) => void listener(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
