import type { StoredDocument } from './events';

export interface DocumentAttachment {
  cardId: string;
  claimId: string;
}

/** none → uploaded → attached (to one claim, for good) | discarded (pruned unattached). */
export type DocumentState =
  | { status: 'none' }
  | { status: 'uploaded'; document: StoredDocument; uploadedAt: string }
  | { status: 'attached'; document: StoredDocument; uploadedAt: string; attachedTo: DocumentAttachment }
  | { status: 'discarded'; document: StoredDocument; uploadedAt: string };

export const initialDocumentState: DocumentState = { status: 'none' };

/** An upload may be pruned once it has waited this long without being attached: one day. */
export const UNATTACHED_DOCUMENT_TTL_MS = 24 * 60 * 60 * 1000;
