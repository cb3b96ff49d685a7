import { describe, expect, it } from 'vitest';
import { corsHeaders, preflightResponse, withCors, type CorsPolicy } from './cors';

/** Headers as a plain object. */
const headerObject = (headers: Headers): Record<string, string> => Object.fromEntries(headers);

const PARTNER = 'https://partner.example.eg';
const trpc: CorsPolicy = { allowedOrigins: [PARTNER], credentials: true };
const rest: CorsPolicy = { allowedOrigins: [PARTNER], credentials: false };

const preflight = (origin?: string) =>
  new Request('http://127.0.0.1/api/trpc/wallet.debit', {
    method: 'OPTIONS',
    headers: { ...(origin && { origin }), 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
  });

describe('preflightResponse', () => {
  it('allows an origin from the list: methods, headers, credentials for tRPC', () => {
    const res = preflightResponse(preflight(PARTNER), trpc);
    expect(res.status).toBe(204);
    expect(headerObject(res.headers)).toMatchObject({
      'access-control-allow-origin': PARTNER,
      'access-control-allow-credentials': 'true',
      'access-control-allow-methods': 'GET, POST, OPTIONS',
      'access-control-allow-headers': 'Authorization, Content-Type, Idempotency-Key, x-trpc-source',
      vary: 'Origin',
    });
  });

  it('never allows credentials for REST', () => {
    const res = preflightResponse(preflight(PARTNER), rest);
    expect(res.headers.get('access-control-allow-origin')).toBe(PARTNER);
    expect(res.headers.has('access-control-allow-credentials')).toBe(false);
  });

  it.each(['https://evil.example', 'https://partner.example.eg.evil.example', 'null', 'http://partner.example.eg'])(
    'refuses %s with a 403 and no allow headers',
    (origin) => {
      const res = preflightResponse(preflight(origin), trpc);
      expect(res.status).toBe(403);
      expect(Object.keys(headerObject(res.headers)).filter((k) => k.startsWith('access-control-'))).toEqual([]);
    },
  );

  it('answers a plain OPTIONS (no Origin) with the methods only', () => {
    const res = preflightResponse(preflight(), trpc);
    expect(res.status).toBe(204);
    expect(res.headers.get('allow')).toBe('GET, POST, OPTIONS');
    expect(res.headers.has('access-control-allow-origin')).toBe(false);
  });
});

describe('corsHeaders', () => {
  it('is empty for an unknown or missing origin', () => {
    expect(corsHeaders('https://evil.example', trpc)).toEqual({});
    expect(corsHeaders(null, trpc)).toEqual({});
  });
});

describe('withCors', () => {
  const handler = withCors(() => trpc, async () => new Response('{}', { status: 200, headers: { vary: 'Accept', 'content-type': 'application/json' } }));

  it('adds the allow headers for an allowed origin and keeps Vary', async () => {
    const res = await handler(new Request('http://127.0.0.1/api/trpc/x', { headers: { origin: PARTNER } }));
    expect(res.headers.get('access-control-allow-origin')).toBe(PARTNER);
    expect(res.headers.get('access-control-allow-credentials')).toBe('true');
    expect(res.headers.get('vary')).toBe('Accept, Origin');
  });

  it('adds none for another origin (the browser then hides the response)', async () => {
    const res = await handler(new Request('http://127.0.0.1/api/trpc/x', { headers: { origin: 'https://evil.example' } }));
    expect(res.status).toBe(200);
    expect(res.headers.has('access-control-allow-origin')).toBe(false);
    expect(res.headers.get('vary')).toBe('Accept, Origin');
  });

  it('answers OPTIONS without calling the handler', async () => {
    const res = await withCors(() => trpc, () => Promise.reject(new Error('not me')))(preflight(PARTNER));
    expect(res.status).toBe(204);
  });
});
