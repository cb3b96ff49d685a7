import { DomainError } from '../shared/errors';
import type { DocumentCommand } from './commands';
import type { DocumentEvent } from './events';
import { UNATTACHED_DOCUMENT_TTL_MS, type DocumentState } from './state';

const notFound = (documentId: string): never => {
  throw new DomainError('DOCUMENT_NOT_FOUND', `Document ${documentId} not found`, { documentId });
};

/**
 * Uploads are recorded once; a document is attached to one claim only, and only by whoever uploaded it
 * (anyone else's upload is reported as not found, so ids reveal nothing). Naming it again for the claim it
 * is attached to (a resubmission keeping it, by the filer or staff) changes nothing.
 */
export function decideDocument(command: DocumentCommand, state: DocumentState): DocumentEvent[] {
  const { now } = command.meta;
  switch (command.type) {
    case 'RecordDocumentUpload':
      if (state.status !== 'none') {
        throw new DomainError('INVALID_STATE_TRANSITION', 'Document already recorded', { documentId: command.data.documentId, from: state.status, command: command.type });
      }
      return [{ type: 'DocumentUploaded', data: { ...command.data, at: now } }];
    case 'AttachDocument': {
      const { documentId, cardId, claimId } = command.data;
      if (state.status === 'none' || state.status === 'discarded') return notFound(documentId);
      // Already evidence for this claim: whoever resubmits it may keep it.
      if (state.status === 'attached' && state.attachedTo.cardId === cardId && state.attachedTo.claimId === claimId) return [];
      if (state.document.uploadedBy.userId !== command.meta.actorId) return notFound(documentId);
      if (state.status === 'attached') throw new DomainError('DOCUMENT_ALREADY_ATTACHED', `Document ${documentId} belongs to another claim`, { documentId });
      return [{ type: 'DocumentAttached', data: { documentId, cardId, claimId, at: now } }];
    }
    case 'DiscardDocument': {
      const { documentId } = command.data;
      if (state.status === 'none') return notFound(documentId);
      const age = Date.parse(now) - Date.parse(state.uploadedAt);
      if (state.status !== 'uploaded' || age < UNATTACHED_DOCUMENT_TTL_MS) {
        throw new DomainError('INVALID_STATE_TRANSITION', 'Only an upload left unattached for a day can be discarded', { documentId, from: state.status, command: command.type });
      }
      return [{ type: 'DocumentDiscarded', data: { documentId, at: now } }];
    }
    default: {
      const _never: never = command;
      return [];
    }
  }
}
