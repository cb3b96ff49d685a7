import type { Actor } from '../auth/actor';
import type { Context } from '../context';
import { toAppError } from '../errors/app-error';
import { getCollection, markDecided, markIfOpen, projectedHoldStatus, type CopayCollection } from './collections';
import { runHoldCommand } from './hold-command';

/**
 * Voids the collection's hold (as its pharmacy) and records the collection cancelled. When the hold is gone
 * already: 'collected' if it was captured meanwhile (that capture's request records it), else the
 * collection is simply closed (the hold expired or was voided before).
 */
export async function releaseCollection(ctx: Context & { actor: Actor }, c: CopayCollection, operation: string): Promise<'cancelled' | 'collected'> {
  const { pool } = ctx.services;
  try {
    const at = await runHoldCommand(ctx, {
      operation,
      input: { collectionId: c.id },
      walletId: c.walletId,
      command: { type: 'VoidHold', data: { walletId: c.walletId, holdId: c.holdId, pharmacyId: c.pharmacyId } },
      idempotencyKey: null,
      result: (meta) => meta.now,
    });
    await markDecided(pool, c.id, 'cancelled', null, new Date(at));
    return 'cancelled';
  } catch (error) {
    if (toAppError(error).code !== 'HOLD_NOT_FOUND') throw error;
  }
  const fresh = await getCollection(pool, c.id);
  if (fresh?.status === 'collected' || (await projectedHoldStatus(pool, c)) === 'captured') return 'collected';
  await markIfOpen(pool, c.id, 'cancelled', ctx.services.clock());
  return 'cancelled';
}
