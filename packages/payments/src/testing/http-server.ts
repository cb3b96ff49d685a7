import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SeenRequest {
  method: string;
  /** Path and query, as sent. */
  url: string;
  headers: IncomingMessage['headers'];
  /** Raw body text (to check exact number tokens). */
  text: string;
  json: unknown;
}

/** What a test route does: answer with a status and JSON, or 'hang' to never answer. */
export type Reply = { status: number; body?: unknown; raw?: string } | 'hang';
export type Handler = (req: SeenRequest, index: number) => Reply | Promise<Reply>;

export interface TestServer {
  url: string;
  /** Every request the server received, in order. */
  seen: SeenRequest[];
  /** Replace the handler between phases of a test. */
  handle(h: Handler): void;
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1 (random port) so clients are tested through fetch, sockets and all. */
export async function startTestServer(initial: Handler): Promise<TestServer> {
  let handler = initial;
  const seen: SeenRequest[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let json: unknown = undefined;
      try {
        json = text ? JSON.parse(text) : undefined;
      } catch {
        json = undefined;
      }
      const r: SeenRequest = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, text, json };
      const index = seen.push(r) - 1;
      void Promise.resolve(handler(r, index)).then((reply) => {
        if (reply === 'hang') return;
        const payload = reply.raw ?? (reply.body === undefined ? '' : JSON.stringify(reply.body));
        res.writeHead(reply.status, { 'content-type': 'application/json' });
        res.end(payload);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    handle: (h) => {
      handler = h;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
