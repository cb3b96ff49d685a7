import type { DocumentState, StoredDocument } from '@healthpay/domain';
import type { Actor } from '../auth/actor';
import { AppError } from '../errors/app-error';
import type { Services } from '../services/services';
import { mayReviewDocuments } from './document-roles';

export interface ReadableDocument {
  document: StoredDocument;
  /** The claim it is evidence for (null: an upload its own uploader is looking at before filing). */
  claim: { cardId: string; claimId: string } | null;
}

const notFound = (documentId: string) => new AppError('DOCUMENT_NOT_FOUND', 'Document not found', { documentId });

/**
 * Who may open a document: claim reviewers (any claim's), the pharmacy that uploaded it (any of its
 * pharmacists), the patient who holds the claim's card, and the uploader before it is attached. Anyone
 * else, like a document that does not exist, gets DOCUMENT_NOT_FOUND: ids reveal nothing.
 */
export async function readableDocument(services: Services, actor: Actor, documentId: string): Promise<ReadableDocument> {
  const { state } = await services.aggregates.document.load(documentId);
  if (state.status === 'none' || state.status === 'discarded') throw notFound(documentId);
  if (state.status === 'uploaded') {
    if (state.document.uploadedBy.userId !== actor.userId) throw notFound(documentId);
    return { document: state.document, claim: null };
  }
  if (!(await mayOpenAttached(services, actor, state))) throw notFound(documentId);
  return { document: state.document, claim: state.attachedTo };
}

async function mayOpenAttached(services: Services, actor: Actor, state: Extract<DocumentState, { status: 'attached' }>): Promise<boolean> {
  if (mayReviewDocuments(actor)) return true;
  const uploader = state.document.uploadedBy;
  if (actor.role === 'pharmacist') return actor.pharmacyId !== null && uploader.pharmacyId === actor.pharmacyId;
  if (actor.role !== 'patient') return false;
  const card = (await services.aggregates.medcard.load(state.attachedTo.cardId)).state;
  return card.status !== 'none' && card.holder.userId === actor.userId;
}
