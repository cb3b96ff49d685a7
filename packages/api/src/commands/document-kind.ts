import { evolveDocument, initialDocumentState, type DocumentEvent, type DocumentState } from '@healthpay/domain';
import type { AggregateKind } from './aggregate-kind';

/** One stream per uploaded document (its id): uploaded, attached to one insurance claim, or discarded. */
export const documentKind: AggregateKind<DocumentState, DocumentEvent> = {
  type: 'document',
  initialState: initialDocumentState,
  evolve: evolveDocument,
};
