import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { nodeFetchListener } from '../http/fetch-on-node';
import { restV1Handler } from '../rest/v1/handler';
import type { Services } from '../services/services';

/** REST v1 over a real socket on a free loopback port, for specs: its base URL (…/api/v1) and a stop. */
export async function restServer(services: Services): Promise<{ base: string; stop(): Promise<void> }> {
  const server = createServer(nodeFetchListener(restV1Handler(services)));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`,
    stop: () => new Promise((r) => server.close(() => r())),
  };
}
