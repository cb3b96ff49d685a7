import type { Portal } from '../../auth/dev-actor';
import { AppError, toAppError } from '../../errors/app-error';
import { DOCUMENT_CSP } from '../../http/security/document-csp';
import { audit } from '../../identity/audit';
import { defaultServices, type Services } from '../../services/services';
import { readableDocument } from '../document-access';
import { documentCaller } from './caller';
import { errorResponse } from './responses';

const DOCUMENT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The document is shown, never run: inline, with the type recorded at upload (checked by its bytes then),
 * nosniff, not cached, and a sandboxed CSP so even a file that fooled the type check cannot script the
 * portal's origin. (Safari does not render PDFs under a CSP sandbox; Chrome and Firefox do. docs/documents.md)
 */
export function documentHeaders(name: string, contentType: string, size: number): Record<string, string> {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return {
    'content-type': contentType,
    'content-length': String(size),
    'content-disposition': `inline; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
    'content-security-policy': DOCUMENT_CSP,
    'cross-origin-resource-policy': 'same-origin',
    'referrer-policy': 'no-referrer',
  };
}

/**
 * `GET /api/documents/{documentId}`: streams one document to someone allowed to see its claim
 * (document-access.ts). Every open is audited: who, which document, which claim; refusals too.
 */
export const documentDownloadHandler = (portal: Portal, services?: Services) => async (req: Request): Promise<Response> => {
  const s = services ?? defaultServices();
  const documentId = new URL(req.url).pathname.split('/').pop() ?? '';
  let ctx: Awaited<ReturnType<typeof documentCaller>> | undefined;
  let claim: { cardId: string; claimId: string } | null = null;
  try {
    ctx = await documentCaller(s, req, portal);
    if (!ctx.actor) throw new AppError('UNAUTHENTICATED', 'Sign in first');
    if (!DOCUMENT_ID.test(documentId)) throw new AppError('DOCUMENT_NOT_FOUND', 'Document not found', { documentId: documentId.slice(0, 64) });
    const readable = await readableDocument(s, ctx.actor, documentId);
    claim = readable.claim;
    const stored = await s.documents.get(readable.document.storageKey);
    if (!stored) throw new AppError('DOCUMENT_NOT_FOUND', 'Document not found', { documentId });
    await opened(s, ctx, documentId, claim, 'ok');
    const { name, contentType } = readable.document;
    return new Response(stored.bytes as Uint8Array<ArrayBuffer>, { status: 200, headers: documentHeaders(name, contentType, stored.bytes.byteLength) });
  } catch (error) {
    if (ctx?.actor) await opened(s, ctx, documentId.slice(0, 64), claim, toAppError(error).code);
    return errorResponse(error);
  }
};

async function opened(s: Services, ctx: Awaited<ReturnType<typeof documentCaller>>, documentId: string, claim: { cardId: string; claimId: string } | null, result: string) {
  await audit(s.pool, {
    actorId: ctx.actor?.userId ?? null,
    role: ctx.actor?.role ?? null,
    action: 'documents.open',
    aggregateId: documentId,
    result,
    ip: ctx.request.ip,
    userAgent: ctx.request.userAgent,
    details: { documentId, ...(claim && { cardId: claim.cardId, claimId: claim.claimId }) },
  }, s.clock(), ctx.request.requestId);
}
