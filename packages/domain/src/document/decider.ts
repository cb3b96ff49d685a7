import type { Decider } from '../shared/command';
import type { DocumentCommand } from './commands';
import { decideDocument } from './decide';
import type { DocumentEvent } from './events';
import { evolveDocument } from './evolve';
import { initialDocumentState, type DocumentState } from './state';

/** One stream per uploaded file (insurance claim evidence). */
export const documentDecider: Decider<DocumentCommand, DocumentEvent, DocumentState> = {
  decide: decideDocument,
  evolve: evolveDocument,
  initialState: initialDocumentState,
};
