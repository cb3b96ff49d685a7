import { decideMedCard, evolveMedCard, type CommandMeta, type MedCardCommand, type MedCardEvent, type MedCardState } from '@healthpay/domain';
import type { Actor } from '../../auth/actor';
import type { Loaded } from '../../commands/aggregate-cache';
import { executeCommand } from '../../commands/execute';
import type { Context } from '../../context';
import { cardSnapshotOf } from './card-snapshot';
import type { CardSnapshot } from './medcard.schemas';

export type MedCardCommandBody = Omit<MedCardCommand, 'meta'>;

export interface MedCardRequest<R> {
  /** Names the operation in the idempotency hash and the event metadata, e.g. `medcard.issue`. */
  operation: string;
  /** The caller's input as received (hashed for Idempotency-Key; ids generated here are not part of it). */
  input: unknown;
  cardId: string;
  /** Commands decided one after another on the same state and appended together (all or none). */
  commands: MedCardCommandBody[];
  /** Throws to refuse; sees the loaded state, so per-record rules need no extra read. */
  authorize?: (state: MedCardState) => void;
  result?: (after: Loaded<MedCardState>, meta: CommandMeta) => R;
  /** Extra audit details (a staff reason, values before and after). */
  auditDetails?: () => Record<string, unknown>;
}

/** One or more commands on one card: load, authorize, decide, append (with retry and idempotency). */
export function runMedCardCommand<R = CardSnapshot>(ctx: Context & { actor: Actor }, req: MedCardRequest<R>): Promise<R> {
  const answer = req.result ?? ((after: Loaded<MedCardState>, meta: CommandMeta) => cardSnapshotOf(after, meta.now) as R);
  return executeCommand(ctx.services, {
    operation: req.operation,
    input: req.input,
    actor: ctx.actor,
    idempotencyKey: ctx.idempotencyKey,
    request: ctx.request,
    aggregates: ctx.services.aggregates.medcard,
    streams: [req.cardId],
    // A plain field (undefined when none), not a spread: every field after a spread is defined through V8's slow path (bench run 16).
    auditDetails: req.auditDetails,
    decide(states, meta) {
      let state = states.get(req.cardId) ?? ctx.services.aggregates.medcard.kind.initialState;
      req.authorize?.(state);
      const events: MedCardEvent[] = [];
      for (let i = 0; i < req.commands.length; i++) {
        const decided = decideMedCard({ ...req.commands[i], meta } as MedCardCommand, state);
        // The next command decides on the state after this one; after the last, the command path evolves the events.
        if (i < req.commands.length - 1) state = decided.reduce(evolveMedCard, state);
        events.push(...decided);
      }
      return new Map([[req.cardId, events]]);
    },
    // Method shorthand, as `decide`: no `__name` per request.
    result(after, meta) {
      return answer(after.get(req.cardId) ?? { state: ctx.services.aggregates.medcard.kind.initialState, version: 0 }, meta);
    },
  });
}
