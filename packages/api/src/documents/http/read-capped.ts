import { MAX_DOCUMENT_BYTES } from '@healthpay/domain';
import { tooLarge } from '../upload-check';

/**
 * The raw body, refused as soon as it passes `limit` bytes (declared or counted): an oversized upload is never
 * held in memory whole. The portal server caps the path a little higher, so this typed refusal is what clients see.
 */
export async function readCappedBody(req: Request, limit = MAX_DOCUMENT_BYTES): Promise<Uint8Array> {
  const declared = Number(req.headers.get('content-length') ?? '0');
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(declared);
  if (!req.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = req.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return bytes;
}
