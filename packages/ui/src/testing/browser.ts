import { vi } from 'vitest';

/** A JSON answer, as the portal's routes give it. */
export const jsonResponse = (body: unknown, init: ResponseInit = {}): Response =>
  new Response(JSON.stringify(body), { status: 200, ...init, headers: { 'content-type': 'application/json', ...init.headers } });

/** One request the page sent: its path, headers and, for a form post, its fields. */
export interface SentRequest {
  path: string;
  method: string;
  headers: Record<string, string>;
  fields: Record<string, string>;
}

/**
 * Stands in for the server behind `fetch` (the component's only way out): `answer` gets each request's path and
 * form fields. Undo with `vi.unstubAllGlobals()`.
 */
export function stubFetch(answer: (request: SentRequest) => Response | Promise<Response>) {
  const sent: SentRequest[] = [];
  const fetch = vi.fn(async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(String(input instanceof Request ? input.url : input), 'http://localhost');
    const fields = init?.body instanceof URLSearchParams ? Object.fromEntries(init.body) : {};
    const headers = Object.fromEntries(Object.entries(init?.headers ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)]));
    const request = { path: url.pathname, method: init?.method ?? 'GET', headers, fields };
    sent.push(request);
    return answer(request);
  });
  vi.stubGlobal('fetch', fetch);
  return { fetch, sent };
}

/** Navigation the page asks of the browser (assign, reload), recorded instead of done. Undo with `vi.restoreAllMocks()`. */
export function stubNavigation() {
  return {
    assign: vi.spyOn(window.location, 'assign').mockImplementation(() => undefined),
    reload: vi.spyOn(window.location, 'reload').mockImplementation(() => undefined),
  };
}

/** A promise settled from outside: holds a request open to see the page while it waits. */
export function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  let reject: (reason: unknown) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
