import { page, type SafeHtml } from './html';

/** What a handler answers; the router writes it (after any configured latency). */
export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

export function json(status: number, data: unknown): Reply {
  return { status, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(data) };
}

const CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'";

export function htmlPage(status: number, title: string, body: SafeHtml): Reply {
  return {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP, 'cache-control': 'no-store' },
    body: page({ title, body }),
  };
}

/** 303 so the browser follows with GET after a form POST. */
export function redirect(location: string): Reply {
  return { status: 303, headers: { location, 'cache-control': 'no-store' } };
}
