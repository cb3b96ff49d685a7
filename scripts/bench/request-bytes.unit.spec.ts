import { createRequire } from 'node:module';
import type autocannon from 'autocannon';
import { describe, expect, it } from 'vitest';
import { getRequestBytes, requestBytes, rotateRequests, sendFrom } from './request-bytes';

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

describe('rotateRequests', () => {
  const requests = ['a', 'b', 'c'].map((x) => Buffer.from(x));

  it('gives every send, on any connection, the next request from the start, wrapping around', () => {
    const rotation = rotateRequests(requests, 1);
    const [one, two] = [fakeClient(), fakeClient()];
    rotation.setupClient(asClient(one));
    rotation.setupClient(asClient(two));
    const sent = [one, two, two, one, two].map((c) => c.getRequestBuffer().toString());
    expect(sent).toEqual(['b', 'c', 'a', 'b', 'c']);
    expect(rotation.next()).toBe(6);
  });

  it('carries on from where the previous run stopped', () => {
    const first = rotateRequests(requests, 0);
    const client = fakeClient();
    first.setupClient(asClient(client));
    client.getRequestBuffer();
    const second = rotateRequests(requests, first.next());
    const later = fakeClient();
    second.setupClient(asClient(later));
    expect(later.getRequestBuffer().toString()).toBe('b');
  });

  it('refuses a client that does not take its bytes from getRequestBuffer', () => {
    expect(() => rotateRequests(requests, 0).setupClient(asClient({}))).toThrow(/getRequestBuffer/);
    expect(() => rotateRequests([], 0)).toThrow();
  });

  it('matches the installed autocannon: each send writes what getRequestBuffer returns', () => {
    expect(typeof Client.prototype.getRequestBuffer).toBe('function');
    expect(Client.prototype._doRequest.toString()).toContain('this.conn.write(this.getRequestBuffer())');
  });
});
