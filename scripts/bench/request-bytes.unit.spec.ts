import { createRequire } from 'node:module';
import type autocannon from 'autocannon';
import { describe, expect, it } from 'vitest';
import { getRequestBytes, requestBytes, sendFrom } from './request-bytes';

const require = createRequire(import.meta.url);
type Builder = (defaults: { hostname: string; port: number }) => (request: { method: string; path: string; headers: Record<string, string>; body?: string }) => Buffer;
const requestBuilder = require('autocannon/lib/httpRequestBuilder.js') as Builder;
const Client = require('autocannon/lib/httpClient.js') as { prototype: { getRequestBuffer?: unknown; _doRequest: () => void } };

const fakeClient = () => ({ getRequestBuffer: (): Buffer => Buffer.from('built by autocannon') });
const asClient = (c: object) => c as unknown as autocannon.Client;

describe('getRequestBytes', () => {
  it('writes a GET byte for byte as autocannon builds it', () => {
    const path = `/wallet.get?input=${encodeURIComponent(JSON.stringify({ json: { walletId: '0190aaaa-bbbb-7ccc-8ddd-000000000001' } }))}`;
    const headers = { 'x-hp-dev-user': 'u-bench-42' };
    const ours = getRequestBytes('127.0.0.1', 41234, path, headers);
    expect(ours.equals(requestBuilder({ hostname: '127.0.0.1', port: 41234 })({ method: 'GET', path, headers }))).toBe(true);
  });
});

describe('requestBytes', () => {
  it('writes a POST with its body (not ASCII) byte for byte as autocannon builds it', () => {
    const body = JSON.stringify({ json: { walletId: '0190aaaa-bbbb-7ccc-8ddd-000000000001', amount: 125, reference: 'صيدلية 7' } });
    const headers = { 'content-type': 'application/json', 'x-hp-dev-user': 'u-bench-1', 'idempotency-key': 'bench-1-2' };
    const request = { method: 'POST', path: '/api/trpc/wallet.debit', headers, body };
    expect(requestBytes('127.0.0.1', 41234, request).equals(requestBuilder({ hostname: '127.0.0.1', port: 41234 })(request))).toBe(true);
  });

  it('sends what the function makes at each send', () => {
    let n = 0;
    const client = fakeClient();
    sendFrom(() => Buffer.from(`req ${n++}`))(asClient(client));
    expect([client.getRequestBuffer(), client.getRequestBuffer()].map(String)).toEqual(['req 0', 'req 1']);
  });
});

describe('sendFrom', () => {
  it('refuses a client that does not take its bytes from getRequestBuffer', () => {
    expect(() => sendFrom(() => Buffer.from('x'))(asClient({}))).toThrow(/getRequestBuffer/);
  });

  it('matches the installed autocannon: each send writes what getRequestBuffer returns', () => {
    expect(typeof Client.prototype.getRequestBuffer).toBe('function');
    expect(Client.prototype._doRequest.toString()).toContain('this.conn.write(this.getRequestBuffer())');
  });
});
