import type { Actor } from '../auth/actor';
import type { Context } from '../context';
import { AppError, toAppError } from '../errors/app-error';
import type { CopayView } from '../routers/copay/copay.schemas';
import { markDecided, markIfOpen, type CopayChannel, type CopayCollection } from './collections';
import { copayViewOf } from './copay-view';
import { runHoldCommand } from './hold-command';

/**
 * Captures the whole hold for its pharmacy: the one money move of a collection. The event store decides
 * the races: of two captures (or a capture and a void) only one commits, the other finds no hold.
 * With an Idempotency-Key the answer is stored with the event, so a repeat gets it back.
 */
export async function captureCollection(
  ctx: Context & { actor: Actor },
  c: CopayCollection,
  how: { channel: CopayChannel; operation: string; input: unknown; authorize?: (ownerId: string | undefined) => void },
): Promise<CopayView> {
  const { pool, clock } = ctx.services;
  let value: CopayView;
  try {
    value = await runHoldCommand(ctx, {
      operation: how.operation,
      input: how.input,
      walletId: c.walletId,
      command: { type: 'CaptureHold', data: { walletId: c.walletId, holdId: c.holdId, amount: c.amount, pharmacyId: c.pharmacyId } },
      idempotencyKey: ctx.idempotencyKey,
      authorize: how.authorize,
      result: (meta) => ({ ...copayViewOf(c, new Date(meta.now)), status: 'collected', channel: how.channel, attemptsLeft: 0, decidedAt: meta.now }),
    });
  } catch (error) {
    const code = toAppError(error).code;
    const expired = code === 'HOLD_EXPIRED' || (code === 'HOLD_NOT_FOUND' && c.expiresAt.getTime() <= clock().getTime());
    if (expired) {
      await markIfOpen(pool, c.id, 'expired', c.expiresAt);
      throw new AppError('COPAY_CODE_EXPIRED', 'The code has expired', { expiresAt: c.expiresAt.toISOString() });
    }
    if (code === 'HOLD_NOT_FOUND') throw new AppError('COPAY_CLOSED', 'This copay request was settled already', {});
    throw error;
  }
  await markDecided(pool, c.id, 'collected', how.channel, new Date(value.decidedAt ?? clock()));
  return value;
}
