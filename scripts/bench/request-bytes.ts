import type autocannon from 'autocannon';

/**
 * One GET as autocannon's request builder writes it (`httpRequestBuilder`: request line, Host, keep-alive, then the
 * headers in order), so the bench can build each request's bytes once instead of on every send.
 */
export function getRequestBytes(hostname: string, port: number, path: string, headers: Record<string, string>): Buffer {
  const lines = [`GET ${path} HTTP/1.1`, `Host: ${hostname}:${port}`, 'Connection: keep-alive'];
  for (const [key, value] of Object.entries(headers)) lines.push(`${key}: ${value}`);
  return Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'utf8');
}

/** The part of autocannon's client (8.x) whose answer is what each send writes. */
interface RequestSource {
  getRequestBuffer(): Buffer;
}

/**
 * autocannon's `setupClient` for a run where every send, on whichever connection, takes the next of `requests` (one
 * counter for all connections, from `start`, wrapping): what a `setupRequest` picking request `n++` does, but with
 * the bytes built beforehand. With a `setupRequest`, autocannon merges options and rebuilds the request's bytes
 * (and an id) on every send, in the same process and on the same two cores as the server it measures.
 * `next()` is the index the next send will take, to carry the rotation on into the following run.
 */
export function rotateRequests(requests: readonly Buffer[], start: number): { setupClient: (client: autocannon.Client) => void; next: () => number } {
  if (requests.length === 0) throw new Error('no requests to send');
  let n = start;
  const take = (): Buffer => requests[n++ % requests.length] as Buffer;
  return {
    setupClient: (client) => {
      const source = client as unknown as Partial<RequestSource>;
      if (typeof source.getRequestBuffer !== 'function') throw new Error('autocannon no longer sends getRequestBuffer(): update reads-requests.ts');
      source.getRequestBuffer = take;
    },
    next: () => n,
  };
}
