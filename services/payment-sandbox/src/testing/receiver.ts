import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  path: string;
  query: URLSearchParams;
  body: string;
  json: unknown;
  at: number;
}

export interface Receiver {
  url: string;
  received: Received[];
  /** Resolves once `count` callbacks in total have arrived. */
  waitFor(count: number): Promise<Received[]>;
  /** Status to answer the nth callback (1-based) with; default 200. */
  answerWith(status: (nth: number) => number): void;
  close(): Promise<void>;
}

/** A merchant endpoint for specs: records every callback and lets a spec await real arrivals. */
export async function startReceiver(): Promise<Receiver> {
  const received: Received[] = [];
  const waiters: { count: number; resolve: (r: Received[]) => void }[] = [];
  let status = (_nth: number) => 200;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const url = new URL(req.url ?? '/', 'http://receiver.local');
      let json: unknown = null;
      try {
        json = JSON.parse(body) as unknown;
      } catch {
        json = null;
      }
      received.push({ path: url.pathname, query: url.searchParams, body, json, at: Date.now() });
      res.writeHead(status(received.length)).end();
      for (const w of waiters.filter((w) => received.length >= w.count)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve([...received]);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    waitFor: (count) => (received.length >= count ? Promise.resolve([...received]) : new Promise((resolve) => waiters.push({ count, resolve }))),
    answerWith: (fn) => void (status = fn),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
