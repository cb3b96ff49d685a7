import type { Actor } from '../../auth/actor';
import { bearerCaller } from '../../auth/bearer-actor';
import type { Portal } from '../../auth/dev-actor';
import { createContext } from '../../context';
import { requestInfoOf, type RequestInfo } from '../../identity/audit';
import type { Services } from '../../services/services';

/**
 * Who is uploading or opening a document: an API token's holder (REST v1 integrations file claims too),
 * else the portal's signed-in user (or, in development, the dev header).
 */
export async function documentCaller(s: Services, req: Request, portal: Portal): Promise<{ actor: Actor | null; request: RequestInfo; viaToken: boolean }> {
  const bearer = await bearerCaller(s, req.headers);
  if (bearer) return { actor: bearer.actor, request: requestInfoOf(req.headers), viaToken: true };
  const ctx = await createContext(s, req.headers, portal);
  return { actor: ctx.actor, request: requestInfoOf(req.headers), viaToken: false };
}
