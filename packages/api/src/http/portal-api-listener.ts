import { once } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { incomingMessageToRequest } from '@trpc/server/adapters/node-http';
import type { Portal } from '../auth/dev-actor';
import type { Services } from '../services/services';
import { trpcFetchHandler } from './fetch-handler';
import { applySecurityHeaders, requestSecurity, securitySettingsFromEnv } from './security/request-security';

/** What a portal's Next route at /api/trpc/[trpc] would receive; bodies past this are refused by the portal server first. */
const MAX_BODY_BYTES = 2 * 1024 * 1024;
export const PORTAL_API_PREFIX = '/api/trpc/';

async function writeResponse(response: Response, res: ServerResponse): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  if (!response.body) return void res.end();
  // Streamed, not buffered: live.changes answers with server-sent events that last minutes.
  const reader = response.body.getReader();
  res.once('close', () => void reader.cancel().catch(() => undefined));
  for (;;) {
    const { done, value } = await reader.read();
    if (done || res.destroyed) break;
    if (!res.write(value)) await Promise.race([once(res, 'drain'), once(res, 'close')]);
  }
  res.end();
}

/**
 * A portal's tRPC endpoint straight on Node's http server: the same Fetch handler the Next route mounts
 * (`trpcFetchHandler`: session or dev actor, CSRF and CORS, `cache-control: no-store`), with the security
 * headers the portal's proxy puts on every response, without the Next request pipeline around it — which
 * costs several times what a tRPC call itself does. The portal server sends `/api/trpc/*` here; `next dev`
 * still serves the same handler through its route.
 */
export function portalApiListener(portal: Portal, services?: Services) {
  const handle = trpcFetchHandler(portal, services);
  const settings = securitySettingsFromEnv();
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const request = incomingMessageToRequest(req, res, { maxBodySize: MAX_BODY_BYTES });
    const response = await handle(request);
    applySecurityHeaders(response.headers, requestSecurity(settings), PORTAL_API_PREFIX);
    await writeResponse(response, res);
  };
}
