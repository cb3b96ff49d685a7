import { decideDocument, type StoredDocument } from '@healthpay/domain';
import type { Actor } from '../auth/actor';
import { executeCommand } from '../commands/execute';
import type { RequestInfo } from '../identity/audit';
import type { Services } from '../services/services';
import { documentKey } from './storage/safe-key';
import type { CheckedUpload } from './upload-check';

export type UploadedDocument = Pick<StoredDocument, 'documentId' | 'name' | 'contentType' | 'size' | 'sha256'>;

/**
 * Stores the bytes, then records the upload on the document's own stream (audited like any command). Bytes
 * stored without their event (a crash between the two) are never reachable: reads go through the event.
 */
export async function recordUpload(services: Services, actor: Actor, upload: CheckedUpload & { bytes: Uint8Array }, request?: RequestInfo): Promise<UploadedDocument> {
  const documentId = services.newId();
  const storageKey = documentKey(documentId);
  await services.documents.put(storageKey, upload.bytes, upload.contentType);
  const document: StoredDocument = {
    documentId, name: upload.name, contentType: upload.contentType, size: upload.size, sha256: upload.sha256, storageKey,
    uploadedBy: { userId: actor.userId, role: actor.role, pharmacyId: actor.pharmacyId },
  };
  return executeCommand(services, {
    operation: 'documents.upload',
    input: { name: upload.name, contentType: upload.contentType, size: upload.size, sha256: upload.sha256 },
    actor,
    idempotencyKey: null,
    ...(request && { request }),
    aggregates: services.aggregates.document,
    streams: [documentId],
    decide: (states, meta) => new Map([[documentId, decideDocument({ type: 'RecordDocumentUpload', data: document, meta }, states.get(documentId) ?? services.aggregates.document.kind.initialState)]]),
    result: () => ({ documentId, name: document.name, contentType: document.contentType, size: document.size, sha256: document.sha256 }),
  });
}
