import {
  decideClaimReversal, decideMedCard, findPrescriptionClaim, type ClaimReversedBy, type MedCardCommandOf, type MedCardEvent,
  type MedCardState, type WalletEvent, type WalletState,
} from '@healthpay/domain';
import type { Actor } from '../auth/actor';
import { executeCommand } from '../commands/execute';
import { MixedAggregates } from '../commands/mixed-aggregates';
import type { Context } from '../context';
import { AppError } from '../errors/app-error';
import { claimResultOf } from '../routers/claims/claim-result';
import type { ClaimResult } from '../routers/claims/claim.schemas';
import { walletCopayOf } from './wallet-copay';

export interface ReversalRequest {
  operation: string;
  input: unknown;
  cardId: string;
  pharmacyId: string;
  prescriptionId: string;
  reason: string;
  note?: string;
  by: ClaimReversedBy;
}

type Command = MedCardCommandOf<'ReversePrescriptionClaim'>;

/**
 * Reverses a claim: the domain rules are checked on the card first (nothing happens for a refusal or a
 * repeat), then an open copay request is closed (its hold voided), then the reversal and the wallet refund
 * of a captured copay are appended together, the card and the wallet in one transaction. Two reversals at
 * once: the second finds the claim reversed when it decides, so it appends nothing and refunds nothing.
 */
export async function reverseClaim(ctx: Context & { actor: Actor }, req: ReversalRequest): Promise<ClaimResult> {
  const { services } = ctx;
  const { cardId, pharmacyId, prescriptionId, reason, note, by } = req;
  const body: Omit<Command, 'meta'> = {
    type: 'ReversePrescriptionClaim',
    data: { cardId, pharmacyId, prescriptionId, reason, ...(note !== undefined && { note }), by, walletCopay: null },
  };
  const resultOf = (state: MedCardState): ClaimResult => {
    const record = findPrescriptionClaim(state, pharmacyId, prescriptionId);
    if (!record) throw new AppError('INTERNAL', 'The reversal left no record');
    return claimResultOf(cardId, record);
  };
  const loaded = (await services.aggregates.medcard.load(cardId)).state;
  // Refusals and repeats before anything is touched: a repeat answers with the reversal of record.
  const meta = { now: services.clock().toISOString(), actorId: ctx.actor.userId };
  if (decideMedCard({ ...body, meta }, loaded).length === 0) return resultOf(loaded);

  const walletCopay = await walletCopayOf(ctx, { cardId, pharmacyId, prescriptionId });
  const command = { ...body, data: { ...body.data, walletCopay } };
  const medcards = services.aggregates.medcard;
  const streams = walletCopay ? [cardId, walletCopay.walletId] : [cardId];
  const aggregates = new MixedAggregates<MedCardState | WalletState, MedCardEvent | WalletEvent>(
    walletCopay ? [[cardId, medcards], [walletCopay.walletId, services.aggregates.wallet]] : [[cardId, medcards]],
  );
  return executeCommand(services, {
    operation: req.operation, input: req.input, actor: ctx.actor, idempotencyKey: ctx.idempotencyKey, request: ctx.request,
    aggregates,
    streams,
    decide(states, m) {
      const card = (states.get(cardId) ?? medcards.kind.initialState) as MedCardState;
      const wallet = (walletCopay ? states.get(walletCopay.walletId) : undefined) ?? { status: 'none' };
      const decided = decideClaimReversal({ ...command, meta: m }, card, wallet as WalletState);
      const events = new Map<string, (MedCardEvent | WalletEvent)[]>([[cardId, decided.card]]);
      if (walletCopay) events.set(walletCopay.walletId, decided.wallet);
      return events;
    },
    result: (after) => resultOf((after.get(cardId)?.state ?? medcards.kind.initialState) as MedCardState),
  });
}
