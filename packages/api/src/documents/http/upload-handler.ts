import { env } from '@healthpay/config';
import { requireActivePharmacy } from '../../auth/active-pharmacy';
import type { Portal } from '../../auth/dev-actor';
import { AppError } from '../../errors/app-error';
import { csrfRefusal } from '../../http/security/csrf';
import { defaultServices, type Services } from '../../services/services';
import { mayUploadDocuments } from '../document-roles';
import { recordUpload } from '../record-upload';
import { checkUpload } from '../upload-check';
import { enforceUploadLimit } from '../upload-rate-limit';
import { documentCaller } from './caller';
import { readCappedBody } from './read-capped';
import { errorResponse, jsonResponse } from './responses';

/** The file's name travels percent-encoded (UTF-8) in X-File-Name, or as `?name=`; the body is the file itself. */
function declaredName(req: Request): string | null {
  const raw = req.headers.get('x-file-name') ?? new URL(req.url).searchParams.get('name');
  if (raw === null) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * `POST /api/documents` on the portals that file insurance claims: one file per request as the raw body
 * (PDF, JPEG or PNG by its bytes, at most 5 MiB). Answers 201 `{ documentId, name, contentType, size, sha256 }`;
 * filing a claim then names the ids (insurance.file / insurance.resubmit `documentIds`).
 */
export const documentUploadHandler = (portal: Portal, services?: Services) => async (req: Request): Promise<Response> => {
  try {
    if (req.method !== 'POST') throw new AppError('NOT_FOUND', `${req.method} is not supported here`, { allow: ['POST'] });
    const refusal = csrfRefusal(req, { allowedOrigins: env().CORS_ORIGINS, onlyWithCookie: false });
    if (refusal) throw refusal;
    const s = services ?? defaultServices();
    const caller = await documentCaller(s, req, portal);
    const actor = caller.actor;
    if (!actor) throw new AppError('UNAUTHENTICATED', 'Sign in first');
    if (!mayUploadDocuments(actor)) throw new AppError('FORBIDDEN', 'Your role may not upload claim documents');
    if (actor.role === 'pharmacist' && actor.pharmacyId) await requireActivePharmacy(s, actor.pharmacyId);
    await enforceUploadLimit(s, actor);
    const bytes = await readCappedBody(req);
    const checked = await checkUpload(bytes, declaredName(req));
    const uploaded = await recordUpload(s, actor, { ...checked, bytes }, caller.request);
    return jsonResponse(201, uploaded);
  } catch (error) {
    return errorResponse(error);
  }
};
