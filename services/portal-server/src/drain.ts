import type { RequestListener, Server } from 'node:http';
import { isDraining } from '@healthpay/config/lifecycle';

export interface Drainable {
  listener: RequestListener;
  /** Requests accepted and not yet answered. */
  inFlight(): number;
  /** Resolves once every accepted request has been answered, then stops accepting connections. */
  drain(server: Server): Promise<void>;
}

/**
 * Graceful stop for a portal. From SIGTERM on (isDraining): readiness (/api/health/readiness) answers 503 at
 * once, without asking the app, so the load balancer stops sending; any other new request is refused 503 with `connection: close`
 * (it did nothing, so a client may retry it elsewhere); requests already inside the app finish, their
 * commands committed by the group commit before they answer.
 */
export function drainable(app: RequestListener): Drainable {
  let inFlight = 0;
  let idle: (() => void) | undefined;
  const listener: RequestListener = (req, res) => {
    if (isDraining()) {
      res.shouldKeepAlive = false;
      const api = (req.url ?? '').startsWith('/api/');
      res.writeHead(503, { 'content-type': api ? 'application/json' : 'text/plain; charset=utf-8', 'retry-after': '1', 'cache-control': 'no-store', connection: 'close' });
      res.end(api ? JSON.stringify({ status: 'draining', error: { code: 'SHUTTING_DOWN', message: 'This server is shutting down; retry.' } }) : 'shutting down\n');
      return;
    }
    inFlight++;
    res.once('close', () => {
      inFlight--;
      if (inFlight === 0) idle?.();
    });
    return app(req, res);
  };
  return {
    listener,
    inFlight: () => inFlight,
    drain: (server) =>
      new Promise<void>((resolve) => {
        // The listener stays open until the last answer, so probes keep getting their 503 meanwhile; then no
        // new connections, and idle keep-alive ones closed (busy ones close after their answer).
        const close = () => {
          server.close();
          server.closeIdleConnections();
          resolve();
        };
        if (inFlight === 0) close();
        else idle = close;
      }),
  };
}
