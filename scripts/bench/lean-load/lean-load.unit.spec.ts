import { createServer, type RequestListener } from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { getRequestBytes } from '../request-bytes';
import { leanLoad, type LeanLoadOptions } from './lean-load';

const closers: (() => void)[] = [];
afterEach(() => closers.splice(0).forEach((close) => close()));

const listen = async (server: net.Server): Promise<number> => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => server.close());
  return (server.address() as AddressInfo).port;
};
const httpServer = (handler: RequestListener) => {
  const server = createServer({ keepAliveTimeout: 5_000 }, handler);
  closers.push(() => server.closeAllConnections());
  return listen(server);
};
/** A raw server that answers every request (one per CRLFCRLF seen) with `answer(socket, n)`. */
const rawServer = (answer: (socket: net.Socket, n: number) => void) => {
  let n = 0;
  const sockets = new Set<net.Socket>();
  closers.push(() => sockets.forEach((s) => s.destroy()));
  return listen(net.createServer((socket) => {
    sockets.add(socket);
    let seen = '';
    socket.on('data', (chunk) => {
      seen += chunk.toString('latin1');
      for (let at = seen.indexOf('\r\n\r\n'); at >= 0; at = seen.indexOf('\r\n\r\n')) {
        seen = seen.slice(at + 4);
        answer(socket, n++);
      }
    });
    socket.on('error', () => {});
  }));
};
const paths = (port: number, each: (i: number) => string): Pick<LeanLoadOptions, 'host' | 'port' | 'next'> => {
  let i = 0;
  return { host: '127.0.0.1', port, next: () => getRequestBytes('127.0.0.1', port, each(i++), {}) };
};

describe('leanLoad', () => {
  it('sends exactly `amount` requests, one in flight per connection, and splits 2xx from the rest', async () => {
    const seen: string[] = [];
    let inFlight = 0;
    let most = 0;
    const port = await httpServer((req, res) => {
      seen.push(req.url ?? '');
      most = Math.max(most, ++inFlight);
      setImmediate(() => {
        inFlight--;
        res.writeHead(Number(req.url?.slice(1)) % 3 === 0 ? 500 : 200, { 'content-type': 'text/plain' }).end('x'.repeat(100));
      });
    });
    const r = await leanLoad({ ...paths(port, (i) => `/${i}`), connections: 8, amount: 600 });
    expect(r).toMatchObject({ total: 600, ok: 400, non2xx: 200, errors: 0, timeouts: 0 });
    expect(new Set(seen).size).toBe(600);
    expect(most).toBeLessThanOrEqual(8);
    expect(r.latencies.length).toBe(600);
    expect(r.p50).toBeLessThanOrEqual(r.p95);
    expect(r.p95).toBeLessThanOrEqual(r.p99);
  });

  it('reads chunked answers with trailers and large Content-Length answers, on the same connections', async () => {
    const big = 'y'.repeat(300_000);
    const port = await httpServer((req, res) => {
      if (req.url === '/chunked') {
        res.writeHead(200, { trailer: 'x-sum' });
        res.write('part one,');
        setImmediate(() => {
          res.write('part two');
          res.addTrailers({ 'x-sum': '17' });
          res.end();
        });
      } else res.writeHead(200, { 'content-length': big.length }).end(big);
    });
    const r = await leanLoad({ ...paths(port, (i) => (i % 2 ? '/chunked' : '/big')), connections: 3, amount: 90 });
    expect(r).toMatchObject({ total: 90, ok: 90, errors: 0 });
  });

  it('reads answers written one byte at a time (Content-Length and chunked in turn)', async () => {
    const answers = [
      Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello'),
      Buffer.from('HTTP/1.1 202 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n'),
    ];
    const port = await rawServer((socket, n) => {
      const bytes = answers[n % 2]!;
      let i = 0;
      const drip = () => {
        if (i < bytes.length) socket.write(bytes.subarray(i, ++i), () => setImmediate(drip));
      };
      drip();
    });
    const r = await leanLoad({ ...paths(port, () => '/'), connections: 2, amount: 10 });
    expect(r).toMatchObject({ total: 10, ok: 10, errors: 0 });
  });

  it('reconnects after Connection: close answers and after answers that run to the end of the stream', async () => {
    let sockets = 0;
    const server = createServer((_req, res) => res.writeHead(200, { connection: 'close', 'content-length': 2 }).end('ok'));
    server.on('connection', () => sockets++);
    const port = await listen(server);
    const r = await leanLoad({ ...paths(port, () => '/'), connections: 4, amount: 40 });
    expect(r).toMatchObject({ total: 40, ok: 40, errors: 0 });
    expect(sockets).toBeGreaterThanOrEqual(40);

    const untilClose = await rawServer((socket) => socket.end('HTTP/1.1 200 OK\r\n\r\nall of this is body'));
    expect(await leanLoad({ ...paths(untilClose, () => '/'), connections: 2, amount: 10 })).toMatchObject({ total: 10, ok: 10, errors: 0 });
  });

  it('counts an answer cut off by a closed connection as an error, and goes on', async () => {
    const port = await rawServer((socket, n) => {
      if (n % 4 === 3) socket.end('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc');
      else socket.write('HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabc');
    });
    const r = await leanLoad({ ...paths(port, () => '/'), connections: 1, amount: 40 });
    expect(r).toMatchObject({ total: 30, ok: 30, errors: 10, timeouts: 0 });
    expect(r.errorReasons).toEqual(['connection closed before the answer ended']);
  });

  it('counts a request never answered as a timeout error', async () => {
    const port = await rawServer(() => {});
    const r = await leanLoad({ ...paths(port, () => '/'), connections: 3, amount: 6, timeoutMs: 100 });
    expect(r).toMatchObject({ total: 0, ok: 0, errors: 6, timeouts: 6 });
    expect(Number.isNaN(r.p50)).toBe(true);
  });

  it('counts refused connections as errors', async () => {
    const port = await listen(net.createServer());
    closers.splice(0).forEach((close) => close());
    const r = await leanLoad({ ...paths(port, () => '/'), connections: 2, amount: 4 });
    expect(r).toMatchObject({ total: 0, errors: 4 });
  });

  it('runs for `seconds` and reports requests per second from what was answered', async () => {
    const port = await httpServer((_req, res) => res.end('ok'));
    const r = await leanLoad({ ...paths(port, () => '/'), connections: 4, seconds: 0.5 });
    expect(r.errors).toBe(0);
    expect(r.total).toBeGreaterThan(50);
    expect(r.seconds).toBeGreaterThan(0.49);
    expect(r.rps).toBeCloseTo(r.total / r.seconds, 6);
  });
});
