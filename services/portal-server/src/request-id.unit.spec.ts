import type { IncomingMessage, ServerResponse } from 'node:http';
import { currentRequestId, REQUEST_ID_PATTERN } from '@healthpay/config/log';
import { describe, expect, it } from 'vitest';
import { trustedProxies } from './client-address';
import { requestIdOf, withRequestIds, type AsyncRequestContext } from './request-id';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const proxy = trustedProxies(['10.0.0.0/8']);
const fromProxy = '10.1.2.3';
const fromInternet = '203.0.113.9';

describe('requestIdOf', () => {
  it('keeps a well-formed id sent by a trusted proxy', () => {
    expect(requestIdOf(fromProxy, '3f2b8c1e-0d4a-4b7e-9c61-2a5d7e9f0b13', proxy)).toBe('3f2b8c1e-0d4a-4b7e-9c61-2a5d7e9f0b13');
    expect(requestIdOf(`::ffff:${fromProxy}`, 'a1b2c3d4e5f60718293a4b5c6d7e8f90', proxy)).toBe('a1b2c3d4e5f60718293a4b5c6d7e8f90');
  });

  it("replaces an untrusted peer's id, however well-formed", () => {
    const id = requestIdOf(fromInternet, '3f2b8c1e-0d4a-4b7e-9c61-2a5d7e9f0b13', proxy);
    expect(id).not.toBe('3f2b8c1e-0d4a-4b7e-9c61-2a5d7e9f0b13');
    expect(id).toMatch(UUID);
    expect(requestIdOf(fromInternet, 'abc12345', trustedProxies([]))).toMatch(UUID);
    expect(requestIdOf(undefined, 'abc12345', proxy)).toMatch(UUID);
  });

  it.each([
    ['too short', 'abc123'],
    ['too long', 'a'.repeat(65)],
    ['a newline (log injection)', 'abcdefgh\n{"level":"info"}'],
    ['spaces', 'abcd efgh ijkl'],
    ['a leading dash', '-abcdefghij'],
    ['quotes', 'abcdefgh"ijkl'],
    ['non-ASCII', 'طلب-12345678'],
    ['repeated headers', ['abcdefgh1', 'abcdefgh2']],
    ['an empty header', ''],
  ])('replaces a malformed id from a trusted proxy: %s', (_, incoming) => {
    expect(requestIdOf(fromProxy, incoming, proxy)).toMatch(UUID);
  });

  it('generates a fresh id each time, and every generated id passes the pattern the API checks', () => {
    const ids = new Set(Array.from({ length: 50 }, () => requestIdOf(fromInternet, undefined, proxy)));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(REQUEST_ID_PATTERN);
  });
});

/** Just enough of Node's request and response for the listener. */
function call(peer: string, headers: Record<string, string | string[]>, asyncContext?: AsyncRequestContext, url = '/') {
  const req = { url, headers: { ...headers }, socket: { remoteAddress: peer } } as unknown as IncomingMessage;
  const sent: Record<string, unknown> = {};
  const res = { setHeader: (k: string, v: unknown) => void (sent[k.toLowerCase()] = v) } as unknown as ServerResponse;
  const seen: { header?: string | string[]; logged?: string } = {};
  withRequestIds((r) => {
    seen.header = r.headers['x-request-id'];
    seen.logged = currentRequestId();
  }, proxy, asyncContext)(req, res);
  return { sent, seen };
}

describe('withRequestIds', () => {
  it('echoes the kept id on the response and hands the app the same one, in its headers and its log context', () => {
    const { sent, seen } = call(fromProxy, { 'x-request-id': 'edge-0001-abcdef' });
    expect(sent['x-request-id']).toBe('edge-0001-abcdef');
    expect(seen).toEqual({ header: 'edge-0001-abcdef', logged: 'edge-0001-abcdef' });
  });

  it("overwrites an untrusted client's header before the app sees it, and echoes the new id", () => {
    const { sent, seen } = call(fromInternet, { 'x-request-id': 'chosen-by-client-123' });
    expect(sent['x-request-id']).toMatch(UUID);
    expect(seen).toEqual({ header: sent['x-request-id'], logged: sent['x-request-id'] });
  });

  it('gives a request without the header an id', () => {
    const { sent, seen } = call(fromProxy, {});
    expect(sent['x-request-id']).toMatch(UUID);
    expect(seen.header).toBe(sent['x-request-id']);
  });

  it('without the async context (services/api): the same id in the headers and on the response, none in the log context', () => {
    const { sent, seen } = call(fromProxy, { 'x-request-id': 'edge-0001-abcdef' }, false);
    expect(sent['x-request-id']).toBe('edge-0001-abcdef');
    expect(seen).toEqual({ header: 'edge-0001-abcdef', logged: undefined });
  });

  it('with a predicate (the portals: not for /api/trpc/): the id in the log context only for the requests it picks', () => {
    const forNext = (req: IncomingMessage) => !req.url?.startsWith('/api/trpc/');
    const page = call(fromProxy, { 'x-request-id': 'edge-0001-abcdef' }, forNext, '/ar/wallet');
    const trpc = call(fromProxy, { 'x-request-id': 'edge-0002-abcdef' }, forNext, '/api/trpc/wallet.debit');
    expect(page.seen).toEqual({ header: 'edge-0001-abcdef', logged: 'edge-0001-abcdef' });
    expect(trpc.seen).toEqual({ header: 'edge-0002-abcdef', logged: undefined });
    expect(trpc.sent['x-request-id']).toBe('edge-0002-abcdef');
  });

  it('no id outside a request', () => {
    expect(currentRequestId()).toBeUndefined();
  });
});
