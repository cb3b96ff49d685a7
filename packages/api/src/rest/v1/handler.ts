import { env } from '@healthpay/config';
import { z } from 'zod';
import type { Actor } from '../../auth/actor';
import { bearerCaller } from '../../auth/bearer-actor';
import { AppError, fieldErrorsOf, retryAfterSecondsOf, toAppError } from '../../errors/app-error';
import { withCors } from '../../http/security/cors';
import { csrfRefusal } from '../../http/security/csrf';
import { requestInfoOf } from '../../identity/audit';
import { hitRateLimit, rateLimits } from '../../identity/rate-limit';
import { createCaller } from '../../root';
import { defaultServices, type Services } from '../../services/services';
import { accessOf, openApiDocument } from './openapi';
import { matchRoute } from './routes';
import { requestLog } from '@healthpay/config/log';
import { recordApiCall } from '@healthpay/config/metrics';

const PREFIX = '/api/v1';
const MAX_BODY_BYTES = 1024 * 1024;

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers } });

function errorResponse(error: unknown, headers?: Headers): Response {
  const app = toAppError(error);
  if (app.code === 'INTERNAL') requestLog(headers && requestInfoOf(headers).requestId).error('[rest] request failed', error);
  const body = { error: { code: app.code, message: app.message, fieldErrors: app.fieldErrors, details: app.details } };
  return json(app.httpStatus, body, extraHeaders(app));
}

function extraHeaders(app: AppError): Record<string, string> {
  if (app.code === 'UNAUTHENTICATED') return { 'www-authenticate': 'Bearer' };
  const wait = retryAfterSecondsOf(app);
  if (wait !== undefined) return { 'retry-after': String(wait) };
  return {};
}

/** Parses one part of the request; a failure is a 400 naming the fields. */
function parse<S extends z.ZodType>(schema: S | undefined, value: unknown): z.output<S> | undefined {
  if (!schema) return undefined;
  const result = schema.safeParse(value);
  if (!result.success) throw new AppError('VALIDATION_FAILED', 'Invalid request', {}, fieldErrorsOf(result.error));
  return result.data;
}

/** The body, refused past `limit` bytes (MAX_BODY_BYTES unless the route raises it: bulk enrollment). */
async function readJson(req: Request, limit: number): Promise<unknown> {
  const declared = Number(req.headers.get('content-length') ?? '0');
  if (declared > limit) throw new AppError('VALIDATION_FAILED', 'The request body is too large', { maxBytes: limit });
  const text = await req.text();
  if (Buffer.byteLength(text) > limit) throw new AppError('VALIDATION_FAILED', 'The request body is too large', { maxBytes: limit });
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError('VALIDATION_FAILED', 'The request body is not valid JSON');
  }
}

/** Role check before reading the body, so a caller without access learns nothing from validation errors. */
function assertAccess(access: ReturnType<typeof accessOf>, actor: Actor | null): void {
  if (access === 'public') return;
  if (!actor) throw new AppError('UNAUTHENTICATED', 'Send Authorization: Bearer <token>');
  if (Array.isArray(access) ? !access.includes(actor.role) : actor.role === 'organization') throw new AppError('FORBIDDEN', 'Your role may not do this');
}

/** The general API limit (per token or user per hour, shared by every process): 429 with Retry-After beyond it. */
async function enforceRateLimit(s: Services, subject: string): Promise<void> {
  const decision = await hitRateLimit(s.pool, rateLimits.api(subject, s.apiRateLimitPerHour), s.clock());
  if (!decision.allowed) {
    throw new AppError('RATE_LIMITED', 'Too many requests; try again later', { retryAfterSeconds: decision.retryAfterSeconds });
  }
}

/**
 * REST v1 as a Fetch handler (Next.js route handlers, or Node via http/fetch-on-node.ts). Every route calls
 * its tRPC procedure in-process, so access rules, validation and the error table are the tRPC ones.
 */
export function restV1Handler(services?: Services): (req: Request) => Promise<Response> {
  // Tokens, not cookies: other origins' pages get CORS without credentials (see http/security/).
  return withCors(() => ({ allowedOrigins: env().CORS_ORIGINS, credentials: false }), async (req) => {
    const started = performance.now();
    const seen = { route: 'unmatched' };
    const res = await answer(req, seen, services);
    recordApiCall('rest', seen.route, res.status, (performance.now() - started) / 1000);
    return res;
  });
}

/** One REST call; `seen.route` is set to the matched route's template (the metric label, never the raw path). */
async function answer(req: Request, seen: { route: string }, services?: Services): Promise<Response> {
  try {
    const refusal = csrfRefusal(req, { allowedOrigins: env().CORS_ORIGINS, onlyWithCookie: true });
    if (refusal) throw refusal;
    const url = new URL(req.url);
    const at = url.pathname.indexOf(PREFIX);
    const path = at >= 0 ? url.pathname.slice(at + PREFIX.length) : url.pathname;
    if (path === '/openapi.json' && req.method === 'GET') return json(200, openApiDocument(), { 'cache-control': 'public, max-age=300' });
    const { match, allowed } = matchRoute(req.method, path);
    if (!match) {
      const known = allowed.length > 0;
      throw new AppError('NOT_FOUND', known ? `${req.method} is not supported here` : 'No such operation', known ? { allow: allowed } : {});
    }
    const { route } = match;
    seen.route = `${route.method} ${route.path}`;
    const s = services ?? defaultServices();
    const caller = await bearerCaller(s, req.headers);
    const actor = caller?.actor ?? null;
    if (caller) await enforceRateLimit(s, caller.rateLimitSubject);
    assertAccess(accessOf(route), actor);
    const params = parse(route.params, match.params);
    const query = parse(route.query, Object.fromEntries(url.searchParams));
    const body = route.body ? parse(route.body, await readJson(req, route.maxBodyBytes ?? MAX_BODY_BYTES)) : undefined;
    const api = createCaller({ services: s, actor, idempotencyKey: req.headers.get('idempotency-key'), request: requestInfoOf(req.headers) });
    const result = await route.run(api, { params, query, body });
    return json(route.statusOf?.(result) ?? route.status, route.view.convert(result));
  } catch (error) {
    return errorResponse(error, req.headers);
  }
}
