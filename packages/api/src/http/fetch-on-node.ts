import type { IncomingMessage, ServerResponse } from 'node:http';

const MAX_BODY_BYTES = 2 * 1024 * 1024;

/** A Fetch-API handler on Node's http server (tests, and hosts that are not Next.js). */
export const nodeFetchListener = (handler: (req: Request) => Promise<Response>) => async (req: IncomingMessage, res: ServerResponse) => {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    // Past the cap the rest is drained, not kept: the handler then sees a body it refuses as too large.
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v));
    else if (value !== undefined) headers.set(name, value);
  }
  const method = req.method ?? 'GET';
  const body = method === 'GET' || method === 'HEAD' ? undefined : size > MAX_BODY_BYTES ? 'x'.repeat(MAX_BODY_BYTES + 1) : Buffer.concat(chunks);
  const response = await handler(new Request(`http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`, { method, headers, body }));
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
};
