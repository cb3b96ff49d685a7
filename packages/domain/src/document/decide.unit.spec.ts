import { describe, it } from 'vitest';
import { givenFor } from '../testing/decider-given';
import type { DocumentCommand } from './commands';
import { documentDecider } from './decider';
import type { DocumentEvent, StoredDocument } from './events';

const { given } = givenFor(documentDecider);
const T0 = '2026-12-06T09:00:00.000Z';
const DAY_LATER = '2026-12-07T09:00:00.000Z';
const DOC: StoredDocument = {
  documentId: 'doc-1', name: 'invoice.pdf', contentType: 'application/pdf', size: 2_048, sha256: 'ab'.repeat(32),
  storageKey: 'insurance/doc-1', uploadedBy: { userId: 'u-pharmacist', role: 'pharmacist', pharmacyId: 'ph-1' },
};
const meta = (actorId = 'u-pharmacist', now = T0) => ({ now, actorId });
const uploaded: DocumentEvent = { type: 'DocumentUploaded', data: { ...DOC, at: T0 } };
const attached: DocumentEvent = { type: 'DocumentAttached', data: { documentId: 'doc-1', cardId: 'card-1', claimId: 'ic-1', at: T0 } };
const attach = (claimId = 'ic-1', actorId = 'u-pharmacist'): DocumentCommand => ({ type: 'AttachDocument', data: { documentId: 'doc-1', cardId: 'card-1', claimId }, meta: meta(actorId) });
const discard = (now: string): DocumentCommand => ({ type: 'DiscardDocument', data: { documentId: 'doc-1' }, meta: meta('system', now) });

describe('when nothing was uploaded', () => {
  it('records the upload (metadata only)', () => {
    given([]).when({ type: 'RecordDocumentUpload', data: DOC, meta: meta() }).then([uploaded]);
  });
  it('cannot attach it', () => given([]).when(attach()).thenThrows('DOCUMENT_NOT_FOUND', { documentId: 'doc-1' }));
});

describe('when uploaded', () => {
  it('the uploader attaches it to a claim', () => given([uploaded]).when(attach()).then([attached]));
  it('someone else cannot, and learns only that it is not found', () =>
    given([uploaded]).when(attach('ic-1', 'u-other-pharmacist')).thenThrows('DOCUMENT_NOT_FOUND'));
  it('is not recorded twice', () => given([uploaded]).when({ type: 'RecordDocumentUpload', data: DOC, meta: meta() }).thenThrows('INVALID_STATE_TRANSITION'));
  it('is kept for a day, then may be discarded', () => {
    given([uploaded]).when(discard('2026-12-07T08:59:59.999Z')).thenThrows('INVALID_STATE_TRANSITION');
    given([uploaded]).when(discard(DAY_LATER)).then([{ type: 'DocumentDiscarded', data: { documentId: 'doc-1', at: DAY_LATER } }]);
  });
});

describe('when attached', () => {
  it('attaching it to the same claim again changes nothing (a resubmission keeps it)', () => given([uploaded, attached]).when(attach()).then([]));
  it('staff resubmitting the claim may keep it too', () => given([uploaded, attached]).when(attach('ic-1', 'u-reviewer')).then([]));
  it('someone else cannot take it for another claim', () => given([uploaded, attached]).when(attach('ic-2', 'u-reviewer')).thenThrows('DOCUMENT_NOT_FOUND'));
  it('cannot be attached to another claim', () => given([uploaded, attached]).when(attach('ic-2')).thenThrows('DOCUMENT_ALREADY_ATTACHED'));
  it('is never discarded', () => given([uploaded, attached]).when(discard(DAY_LATER)).thenThrows('INVALID_STATE_TRANSITION'));
});

describe('when discarded', () => {
  it('cannot be attached', () =>
    given([uploaded, { type: 'DocumentDiscarded', data: { documentId: 'doc-1', at: DAY_LATER } }]).when(attach()).thenThrows('DOCUMENT_NOT_FOUND'));
});
