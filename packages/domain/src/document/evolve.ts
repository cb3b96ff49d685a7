import type { DocumentEvent } from './events';
import type { DocumentState } from './state';

export function evolveDocument(state: DocumentState, event: DocumentEvent): DocumentState {
  switch (event.type) {
    case 'DocumentUploaded': {
      const { at, ...document } = event.data;
      return { status: 'uploaded', document, uploadedAt: at };
    }
    case 'DocumentAttached':
      if (state.status === 'none') return state;
      return { status: 'attached', document: state.document, uploadedAt: state.uploadedAt, attachedTo: { cardId: event.data.cardId, claimId: event.data.claimId } };
    case 'DocumentDiscarded':
      if (state.status === 'none') return state;
      return { status: 'discarded', document: state.document, uploadedAt: state.uploadedAt };
    default: {
      const _never: never = event;
      return state;
    }
  }
}
