import type { IncomingMessage, ServerResponse } from 'node:http';
import { log } from '@healthpay/config/log';
import type { ControlState } from '../control/state';
import { sleep } from '../control/sleep';
import { HttpError, parseForm, parseJson, readBody } from './body';
import { html } from './html';
import { htmlPage, json, type Reply } from './reply';

export interface RequestContext {
  req: IncomingMessage;
  url: URL;
  raw: string;
  /** The body as JSON; throws a 400 HttpError on junk. */
  json(): unknown;
  form(): URLSearchParams;
}

export interface Route {
  method: 'GET' | 'POST';
  /** Exact path; a trailing slash is ignored. */
  path: string;
  /** 'api' routes are logged and subject to latency and faults; 'page' errors render HTML; 'control' is plain JSON. */
  kind: 'api' | 'page' | 'control';
  handle(ctx: RequestContext): Reply | Promise<Reply>;
}

const normalise = (path: string) => (path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path);

function errorReply(route: Route | undefined, status: number, message: string): Reply {
  if (route?.kind === 'page') return htmlPage(status, 'Error', html`<h1>Error</h1><p class="error">${message}</p>`);
  return json(status, { detail: message });
}

function bodyForLog(raw: string): unknown {
  if (raw === '') return null;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

function write(res: ServerResponse, reply: Reply): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(reply.status, reply.headers ?? {});
  res.end(reply.body ?? '');
}

/** A node:http request listener over a fixed route table; never throws, never crashes on bad input. */
export function createRouter(routes: Route[], control: ControlState, stopping: AbortSignal) {
  const table = new Map(routes.map((r) => [`${r.method} ${normalise(r.path)}`, r]));
  const paths = new Set(routes.map((r) => normalise(r.path)));

  async function run(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://sandbox.local');
    const path = normalise(url.pathname);
    const route = table.get(`${req.method ?? ''} ${path}`);
    if (!route) {
      return write(res, errorReply(undefined, paths.has(path) ? 405 : 404, paths.has(path) ? 'Method not allowed.' : 'Not found.'));
    }
    let raw = '';
    try {
      if (route.method === 'POST') raw = await readBody(req);
    } catch (err) {
      if (!(err instanceof HttpError)) throw err;
      const reply = errorReply(route, err.status, err.message);
      return write(res, { ...reply, headers: { ...reply.headers, connection: 'close' } });
    }
    if (route.kind === 'api') {
      control.record({ at: new Date().toISOString(), method: route.method, path: url.pathname + url.search, headers: { ...req.headers }, body: bodyForLog(raw) });
      if (control.mode === 'reset') return void req.socket.destroy();
      if (control.mode === 'error503') return write(res, json(503, { detail: 'Service temporarily unavailable.' }));
    }
    const ctx: RequestContext = { req, url, raw, json: () => parseJson(raw), form: () => parseForm(raw) };
    let reply: Reply;
    try {
      reply = await route.handle(ctx);
    } catch (err) {
      if (!(err instanceof HttpError)) throw err;
      reply = errorReply(route, err.status, err.message);
    }
    // The request is processed first, then the answer is held back: like a provider that committed but is slow.
    if (route.kind === 'api') await sleep(control.answerDelayMs(), stopping);
    write(res, reply);
  }

  return (req: IncomingMessage, res: ServerResponse) => {
    run(req, res).catch((err: unknown) => {
      if (stopping.aborted || req.destroyed) return void res.destroy();
      log.error('[payment-sandbox] unexpected error', err);
      write(res, json(500, { detail: 'Internal sandbox error.' }));
    });
  };
}
