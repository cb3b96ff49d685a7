import { IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { readBody } from './node-request';

/** A request whose body the parser has pushed in these chunks; `complete` as Node's parser sets it at the end. */
function request(chunks: (string | Buffer)[], complete: boolean): IncomingMessage {
  const req = new IncomingMessage(new Socket());
  for (const c of chunks) req.push(typeof c === 'string' ? Buffer.from(c) : c);
  if (complete) {
    req.push(null);
    req.complete = true;
  }
  return req;
}

/** The same request's body arriving after readBody was called (the listeners' way). */
async function readLater(chunks: (string | Buffer)[], maxBytes?: number): Promise<string> {
  const req = request([], false);
  const body = readBody(req, maxBytes);
  expect(body).toBeInstanceOf(Promise);
  for (const c of chunks) req.push(typeof c === 'string' ? Buffer.from(c) : c);
  req.push(null);
  return body;
}

const codeOf = (fn: () => unknown) => Promise.resolve().then(fn).then(() => null, (e: TRPCError) => e.code);

describe('readBody', () => {
  it.each([
    ['one chunk', ['{"json":{"a":1}}']],
    ['several chunks', ['{"json":', '{"name":"أحمد', ' 🙂"}}']],
    ['a split UTF-8 character', [Buffer.from([0x22, 0xd8]), Buffer.from([0xa3, 0x22])]],
    ['a leading BOM', ['\uFEFF{"json":1}']],
    ['nothing', []],
  ])('%s: a body received whole is taken at once, as the listeners would read it', async (_name, chunks) => {
    const now = readBody(request(chunks, true));
    expect(typeof now).toBe('string');
    expect(now).toBe(await readLater(chunks));
  });

  it('refuses a body past the cap either way, and ends the request', async () => {
    const whole = request(['x'.repeat(11)], true);
    expect(await codeOf(() => readBody(whole, 10))).toBe('PAYLOAD_TOO_LARGE');
    await new Promise((resolve) => whole.once('end', resolve));
    expect(await codeOf(() => readLater(['x'.repeat(6), 'x'.repeat(5)], 10))).toBe('PAYLOAD_TOO_LARGE');
    expect(readBody(request(['x'.repeat(10)], true), 10)).toBe('x'.repeat(10));
  });

  it('refuses a body read twice', async () => {
    const req = request(['{}'], true);
    expect(readBody(req)).toBe('{}');
    await new Promise((resolve) => req.once('end', resolve));
    expect(await codeOf(() => readBody(req))).toBe('INTERNAL_SERVER_ERROR');
  });
});
