import {
  decideDocument, decideMedCard, type CommandMeta, type DocumentEvent, type DocumentState, type InsuranceDocument, type MedCardCommand,
  type MedCardEvent, type MedCardState,
} from '@healthpay/domain';
import type { Actor } from '../../auth/actor';
import { executeCommand } from '../../commands/execute';
import { MixedAggregates } from '../../commands/mixed-aggregates';
import type { Context } from '../../context';
import type { MedCardCommandBody } from '../medcard/run-medcard-command';
import { insuranceSnapshotOf } from './insurance-snapshot';
import type { InsuranceClaimSnapshot } from './insurance.schemas';

export interface InsuranceRequest {
  operation: string;
  input: unknown;
  cardId: string;
  claimId: string;
  /** Uploaded documents to attach (the caller's own, not attached to another claim); undefined: keep the claim's. */
  documentIds: string[] | undefined;
  authorize?: (state: MedCardState) => void;
  /** The card command, given the attached documents' metadata (undefined when documentIds is). */
  command: (documents: InsuranceDocument[] | undefined) => MedCardCommandBody;
}

/** A document's metadata as the claim records it (no storage key, no uploader: those stay on its own stream). */
const metadataOf = (state: DocumentState): InsuranceDocument | null =>
  state.status === 'none' ? null : { documentId: state.document.documentId, name: state.document.name, contentType: state.document.contentType, size: state.document.size, sha256: state.document.sha256 };

/**
 * Files or resubmits an insurance claim with its documents: the card's stream and each document's stream
 * are appended in one transaction with their expected versions, so a document attaches to one claim only,
 * even when two filings race for it.
 */
export function runInsuranceCommand(ctx: Context & { actor: Actor }, req: InsuranceRequest): Promise<InsuranceClaimSnapshot> {
  const { aggregates } = ctx.services;
  const documentIds = [...new Set(req.documentIds ?? [])];
  const sources = [[req.cardId, aggregates.medcard] as const, ...documentIds.map((id) => [id, aggregates.document] as const)];
  return executeCommand<unknown, MedCardEvent | DocumentEvent, InsuranceClaimSnapshot>(ctx.services, {
    operation: req.operation,
    input: req.input,
    actor: ctx.actor,
    idempotencyKey: ctx.idempotencyKey,
    ...(ctx.request && { request: ctx.request }),
    aggregates: new MixedAggregates(sources),
    streams: [req.cardId, ...documentIds],
    decide(states, meta: CommandMeta) {
      const card = (states.get(req.cardId) ?? aggregates.medcard.kind.initialState) as MedCardState;
      req.authorize?.(card);
      const decided = new Map<string, (MedCardEvent | DocumentEvent)[]>();
      const documents: InsuranceDocument[] = [];
      for (const id of documentIds) {
        const doc = (states.get(id) ?? aggregates.document.kind.initialState) as DocumentState;
        decided.set(id, decideDocument({ type: 'AttachDocument', data: { documentId: id, cardId: req.cardId, claimId: req.claimId }, meta }, doc));
        const metadata = metadataOf(doc);
        if (metadata) documents.push(metadata);
      }
      const body = req.command(req.documentIds === undefined ? undefined : documents);
      decided.set(req.cardId, decideMedCard({ ...body, meta } as MedCardCommand, card));
      return decided;
    },
    result: (after) => insuranceSnapshotOf((after.get(req.cardId)?.state ?? aggregates.medcard.kind.initialState) as MedCardState, req.claimId),
  });
}
