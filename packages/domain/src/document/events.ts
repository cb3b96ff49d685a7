/** Who uploaded a document: only they may attach it to a claim. */
export interface DocumentUploader {
  userId: string;
  role: string;
  /** A pharmacist's pharmacy (null for staff). */
  pharmacyId: string | null;
}

/** An uploaded file as the event log knows it: metadata and where the bytes are, never the bytes. */
export interface StoredDocument {
  documentId: string;
  name: string;
  contentType: string;
  size: number;
  /** Hex SHA-256 of the bytes, so a reviewer can tell two copies of one scan apart from two scans. */
  sha256: string;
  /** The key in the document storage (see packages/api/src/documents/storage). */
  storageKey: string;
  uploadedBy: DocumentUploader;
}

export type DocumentEvent =
  | { type: 'DocumentUploaded'; data: StoredDocument & { at: string } }
  | { type: 'DocumentAttached'; data: { documentId: string; cardId: string; claimId: string; at: string } }
  /** An upload never attached to a claim, pruned with its bytes. */
  | { type: 'DocumentDiscarded'; data: { documentId: string; at: string } };

export type DocumentEventType = DocumentEvent['type'];
export const documentEventTypes: readonly DocumentEventType[] = ['DocumentUploaded', 'DocumentAttached', 'DocumentDiscarded'];
