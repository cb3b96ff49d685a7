import { ProviderProtocolError, ProviderUnavailableError, type ProviderName } from './errors';

/** What came back from a provider that is up: a 2xx or a 4xx (5xx and 429 are thrown, see below). */
export interface ProviderAnswer {
  status: number;
  /** Parsed JSON, or the raw text when a 4xx body is not JSON, or null when empty. */
  body: unknown;
}

export interface ProviderRequest {
  provider: ProviderName;
  fetch: typeof fetch;
  method: 'GET' | 'POST';
  url: string;
  headers?: Record<string, string>;
  /** Already serialised JSON (Fawry needs exact decimal tokens, so callers serialise). */
  body?: string;
  signal: AbortSignal;
}

/**
 * One HTTP exchange. 5xx and 429 throw ProviderUnavailableError('server-error') so the breaker counts them and
 * idempotent calls retry them; transport errors propagate as thrown by fetch (the breaker classifies them as
 * 'unreachable'). A 2xx that is not JSON is a protocol error.
 */
export async function send(req: ProviderRequest): Promise<ProviderAnswer> {
  const res = await req.fetch(req.url, {
    method: req.method,
    headers: {
      accept: 'application/json',
      ...(req.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...req.headers,
    },
    body: req.body,
    signal: req.signal,
  });
  // Read the whole body inside the attempt, so the attempt's timeout also bounds a server that stalls mid-body.
  const text = await res.text();
  if (res.status >= 500 || res.status === 429) {
    throw new ProviderUnavailableError(req.provider, 'server-error', { status: res.status });
  }
  if (text.trim() === '') return { status: res.status, body: null };
  try {
    return { status: res.status, body: JSON.parse(text) as unknown };
  } catch (e) {
    if (res.ok) throw new ProviderProtocolError(req.provider, `HTTP ${res.status} answer is not JSON`, text, e);
    return { status: res.status, body: text };
  }
}
