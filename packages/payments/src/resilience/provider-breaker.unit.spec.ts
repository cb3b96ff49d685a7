import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProviderRejectedError, ProviderUnavailableError } from '../errors';
import { send } from '../http';
import { startTestServer, type Handler, type TestServer } from '../testing/http-server';
import { createProviderBreaker, type ProviderBreaker } from './provider-breaker';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const fastBackoff = { initialDelayMs: 1, maxDelayMs: 5 };

async function serve(h: Handler): Promise<TestServer> {
  server = await startTestServer(h);
  return server;
}

/** What a client does inside the breaker: one exchange; a 4xx becomes a refusal. */
const call = (b: ProviderBreaker, url: string, idempotent: boolean, extra: { timeoutMs?: number; retries?: number } = {}) =>
  b.execute(
    async (signal) => {
      const a = await send({ provider: 'paymob', fetch, method: 'GET', url, signal });
      if (a.status >= 400) throw new ProviderRejectedError('paymob', a.status, a.body);
      return a.body;
    },
    { idempotent, timeoutMs: extra.timeoutMs ?? 2000, retries: extra.retries },
  );

const unavailable = async (p: Promise<unknown>): Promise<ProviderUnavailableError> => {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ProviderUnavailableError);
  return e as ProviderUnavailableError;
};

describe('timeout', () => {
  it('fails an attempt that gets no answer within the bound, and aborts its request', async () => {
    const s = await serve(() => 'hang');
    const b = createProviderBreaker('paymob');
    let seenSignal: AbortSignal | undefined;
    const started = Date.now();
    const e = await unavailable(
      b.execute(
        async (signal) => {
          seenSignal = signal;
          return (await fetch(s.url, { signal })).text();
        },
        // Long enough for the request to reach the server on a loaded machine (at 100 ms it sometimes had not).
        { idempotent: false, timeoutMs: 500 },
      ),
    );
    expect(e.reason).toBe('timeout');
    expect(e.provider).toBe('paymob');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(seenSignal?.aborted).toBe(true);
    expect(s.seen).toHaveLength(1);
  });

  it('bounds each attempt of an idempotent call, retrying the timed-out ones', async () => {
    const s = await serve((_, i) => (i < 2 ? 'hang' : { status: 200, body: { ok: true } }));
    const b = createProviderBreaker('fawry', { backoff: fastBackoff });
    // Each attempt's bound must hold a real round trip on a loaded machine: the third one answers.
    await expect(call(b, s.url, true, { timeoutMs: 500 })).resolves.toEqual({ ok: true });
    expect(s.seen).toHaveLength(3);
  });
});

describe('retries', () => {
  it('retries an idempotent call twice by default, then reports the server error', async () => {
    const s = await serve(() => ({ status: 503, body: { detail: 'down' } }));
    const b = createProviderBreaker('paymob', { backoff: fastBackoff });
    const e = await unavailable(call(b, s.url, true));
    expect(e.reason).toBe('server-error');
    expect(e.status).toBe(503);
    expect(s.seen).toHaveLength(3);
  });

  it('never retries a non-idempotent call', async () => {
    const s = await serve(() => ({ status: 500 }));
    const b = createProviderBreaker('paymob', { backoff: fastBackoff });
    expect((await unavailable(call(b, s.url, false, { retries: 5 }))).reason).toBe('server-error');
    expect(s.seen).toHaveLength(1);
  });

  it('honours a per-call retry count and treats 429 as an outage', async () => {
    const s = await serve(() => ({ status: 429 }));
    const b = createProviderBreaker('paymob', { backoff: fastBackoff });
    expect((await unavailable(call(b, s.url, true, { retries: 1 }))).reason).toBe('server-error');
    expect(s.seen).toHaveLength(2);
  });

  it('returns the answer of a retry that succeeds', async () => {
    const s = await serve((_, i) => (i === 0 ? { status: 502 } : { status: 200, body: { n: i } }));
    const b = createProviderBreaker('paymob', { backoff: fastBackoff });
    await expect(call(b, s.url, true)).resolves.toEqual({ n: 1 });
    expect(s.seen).toHaveLength(2);
  });

  it('does not retry a refusal', async () => {
    const s = await serve(() => ({ status: 400, body: { detail: 'bad' } }));
    const b = createProviderBreaker('paymob', { backoff: fastBackoff });
    await expect(call(b, s.url, true)).rejects.toBeInstanceOf(ProviderRejectedError);
    expect(s.seen).toHaveLength(1);
  });

  it('reports a provider nobody listens for as unreachable', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((r) => closed.close(() => r()));
    const b = createProviderBreaker('fawry', { backoff: fastBackoff });
    expect((await unavailable(call(b, `http://127.0.0.1:${port}/`, true))).reason).toBe('unreachable');
  });
});

describe('circuit breaker', () => {
  it('opens after N consecutive failures, then fails fast without calling the provider', async () => {
    const s = await serve(() => ({ status: 500 }));
    const b = createProviderBreaker('paymob', { failureThreshold: 3, backoff: fastBackoff });
    for (let i = 0; i < 3; i++) expect((await unavailable(call(b, s.url, false))).reason).toBe('server-error');
    expect(b.state()).toBe('open');
    expect((await unavailable(call(b, s.url, false))).reason).toBe('circuit-open');
    expect((await unavailable(call(b, s.url, true))).reason).toBe('circuit-open');
    expect(s.seen).toHaveLength(3);
  });

  it('counts each attempt, so retries stop as soon as the breaker opens', async () => {
    const s = await serve(() => ({ status: 500 }));
    const b = createProviderBreaker('paymob', { failureThreshold: 2, backoff: fastBackoff });
    expect((await unavailable(call(b, s.url, true, { retries: 5 }))).reason).toBe('circuit-open');
    expect(s.seen).toHaveLength(2);
  });

  it('counts only consecutive failures: a success resets the count', async () => {
    const s = await serve(() => ({ status: 500 }));
    const b = createProviderBreaker('paymob', { failureThreshold: 3 });
    await unavailable(call(b, s.url, false));
    await unavailable(call(b, s.url, false));
    s.handle(() => ({ status: 200, body: {} }));
    await call(b, s.url, false);
    s.handle(() => ({ status: 500 }));
    await unavailable(call(b, s.url, false));
    await unavailable(call(b, s.url, false));
    expect(b.state()).toBe('closed');
  });

  it('is not opened by refusals (4xx): the provider is up', async () => {
    const s = await serve(() => ({ status: 422, body: { detail: 'no' } }));
    const b = createProviderBreaker('paymob', { failureThreshold: 2 });
    for (let i = 0; i < 5; i++) await expect(call(b, s.url, false)).rejects.toBeInstanceOf(ProviderRejectedError);
    expect(b.state()).toBe('closed');
    expect(s.seen).toHaveLength(5);
  });

  it('half-opens after the interval, and one successful trial call closes it', async () => {
    const s = await serve(() => ({ status: 500 }));
    const b = createProviderBreaker('fawry', { failureThreshold: 1, halfOpenAfterMs: 50 });
    await unavailable(call(b, s.url, false));
    expect(b.state()).toBe('open');
    expect((await unavailable(call(b, s.url, false))).reason).toBe('circuit-open');
    await vi.waitFor(() => expect(b.state()).toBe('half-open'), { timeout: 2000, interval: 5 });
    s.handle(() => ({ status: 200, body: { ok: true } }));
    await expect(call(b, s.url, false)).resolves.toEqual({ ok: true });
    expect(b.state()).toBe('closed');
    expect(s.seen).toHaveLength(2);
  });

  it('re-opens when the half-open trial call fails', async () => {
    const s = await serve(() => ({ status: 500 }));
    const b = createProviderBreaker('fawry', { failureThreshold: 1, halfOpenAfterMs: 50 });
    await unavailable(call(b, s.url, false));
    await vi.waitFor(() => expect(b.state()).toBe('half-open'), { timeout: 2000, interval: 5 });
    expect((await unavailable(call(b, s.url, false))).reason).toBe('server-error');
    expect(b.state()).toBe('open');
    expect((await unavailable(call(b, s.url, false))).reason).toBe('circuit-open');
    expect(s.seen).toHaveLength(2);
  });

  it('counts timeouts as failures', async () => {
    const s = await serve(() => 'hang');
    const b = createProviderBreaker('paymob', { failureThreshold: 2 });
    await unavailable(call(b, s.url, false, { timeoutMs: 50 }));
    await unavailable(call(b, s.url, false, { timeoutMs: 50 }));
    expect(b.state()).toBe('open');
  });
});
