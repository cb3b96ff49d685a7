import type { CommandMeta } from '../shared/command';
import type { StoredDocument } from './events';

export type DocumentCommand =
  | { type: 'RecordDocumentUpload'; data: StoredDocument; meta: CommandMeta }
  /** Attached by whoever uploaded it (meta.actorId), when filing or resubmitting the claim. */
  | { type: 'AttachDocument'; data: { documentId: string; cardId: string; claimId: string }; meta: CommandMeta }
  | { type: 'DiscardDocument'; data: { documentId: string }; meta: CommandMeta };
