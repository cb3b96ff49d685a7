/** Largest callback body we read: provider notifications are a few KiB. */
export const MAX_CALLBACK_BYTES = 64 * 1024;

export type BodyRead = { ok: true; json: unknown } | { ok: false; status: 400 | 413; message: string };

/** Reads a JSON body, refusing one over the limit without buffering it (a stalled or huge body costs no memory). */
export async function readJsonBody(req: Request, max = MAX_CALLBACK_BYTES): Promise<BodyRead> {
  const declared = Number(req.headers.get('content-length') ?? '0');
  if (declared > max) return { ok: false, status: 413, message: 'body too large' };
  if (!req.body) return { ok: false, status: 400, message: 'empty body' };
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      return { ok: false, status: 413, message: 'body too large' };
    }
    chunks.push(value);
  }
  try {
    return { ok: true, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) };
  } catch {
    return { ok: false, status: 400, message: 'body is not JSON' };
  }
}

export const json = (status: number, body: Record<string, unknown>, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers } });
