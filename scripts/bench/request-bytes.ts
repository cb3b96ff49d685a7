import type autocannon from 'autocannon';

/**
 * One request as autocannon's request builder writes it (`httpRequestBuilder`: request line, Host, keep-alive, the
 * headers in order, then Content-Length when there is a body, then the body), so a bench can build each request's
 * bytes once, or cheaply per send, instead of autocannon merging options and rebuilding them on every send.
 */
export function requestBytes(hostname: string, port: number, request: { method: string; path: string; headers: Record<string, string>; body?: string }): Buffer {
  const lines = [`${request.method} ${request.path} HTTP/1.1`, `Host: ${hostname}:${port}`, 'Connection: keep-alive'];
  for (const [key, value] of Object.entries(request.headers)) lines.push(`${key}: ${value}`);
  const body = request.body ?? '';
  if (body !== '') lines.push(`Content-Length: ${Buffer.byteLength(body)}`);
  return Buffer.from(`${lines.join('\r\n')}\r\n\r\n${body}`, 'utf8');
}

/** A GET (the reads bench). */
export const getRequestBytes = (hostname: string, port: number, path: string, headers: Record<string, string>): Buffer =>
  requestBytes(hostname, port, { method: 'GET', path, headers });

/** The part of autocannon's client (8.x) whose answer is what each send writes. */
interface RequestSource {
  getRequestBuffer(): Buffer;
}

/**
 * autocannon's `setupClient` making every send, on whichever connection, write `take()`'s bytes (what a
 * `setupRequest` would have autocannon build).
 */
export function sendFrom(take: () => Buffer): (client: autocannon.Client) => void {
  return (client) => {
    const source = client as unknown as Partial<RequestSource>;
    if (typeof source.getRequestBuffer !== 'function') throw new Error('autocannon no longer sends getRequestBuffer(): update request-bytes.ts');
    source.getRequestBuffer = take;
  };
}
