import { createServer, type Server } from 'node:http';
import { isDraining } from './state';

/** What the Kubernetes manifests and the image HEALTHCHECKs of the workers (projector, relay) call. */
export const PROBE_PATHS = { liveness: '/health/liveness', readiness: '/health/readiness' } as const;

export interface ProbeServerOptions {
  port: number;
  host: string;
  /** Whether this process can do its work now (its database answers…); checked on every readiness call. */
  ready: () => Promise<boolean>;
}

/**
 * Liveness (the process answers) and readiness (ready and not draining: 503 from SIGTERM on) for processes
 * without an HTTP server of their own. Nothing else is served here.
 */
export function startProbeServer(o: ProbeServerOptions): Promise<Server> {
  const server = createServer((req, res) => {
    const reply = (status: number, body: object) => res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(body));
    if (req.method !== 'GET') return reply(405, { status: 'method not allowed' });
    if (req.url === PROBE_PATHS.liveness) return reply(200, { status: 'up' });
    if (req.url !== PROBE_PATHS.readiness) return reply(404, { status: 'not found' });
    if (isDraining()) return reply(503, { status: 'draining' });
    o.ready().then(
      (up) => reply(up ? 200 : 503, { status: up ? 'up' : 'down' }),
      () => reply(503, { status: 'down' }),
    );
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, o.host, () => resolve(server));
  });
}
