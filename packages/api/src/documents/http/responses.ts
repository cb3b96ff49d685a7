import { log } from '@healthpay/config/log';
import { retryAfterSecondsOf, toAppError } from '../../errors/app-error';

export const jsonResponse = (status: number, body: unknown, extra: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...extra } });

/** The REST error shape (`{ error: { code, message, fieldErrors, details } }`) with the code's own status. */
export function errorResponse(error: unknown): Response {
  const app = toAppError(error);
  if (app.code === 'INTERNAL') log.error('[documents] request failed', error);
  const wait = retryAfterSecondsOf(app);
  return jsonResponse(app.httpStatus, { error: { code: app.code, message: app.message, fieldErrors: app.fieldErrors, details: app.details } }, wait === undefined ? {} : { 'retry-after': String(wait) });
}
