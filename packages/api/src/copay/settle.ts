import { env } from '@healthpay/config';
import { getWallet } from '@healthpay/db';
import type { Actor } from '../auth/actor';
import { replayedResult } from '../commands/execute';
import type { Context } from '../context';
import { AppError } from '../errors/app-error';
import { auditCommand } from '../identity/audit-trail';
import type { CopayView } from '../routers/copay/copay.schemas';
import { countTry, getCollection } from './collections';
import { captureCollection } from './capture';
import { COPAY_MAX_ATTEMPTS, copayCodeMatches } from './copay-code';
import { assertOpen, copayNotFound } from './copay-view';

type Ctx = Context & { actor: Actor };

const invalidCode = (attemptsLeft: number) =>
  new AppError('COPAY_CODE_INVALID', attemptsLeft > 0 ? 'Wrong code' : 'No tries left for this code', { attemptsLeft });

/**
 * The pharmacist types the patient's code: each try counts (5 per code, atomically), a right code captures
 * the hold once. A repeat with the same Idempotency-Key gets the first answer, even though the code is spent.
 */
export async function confirmCopay(ctx: Ctx, input: { collectionId: string; code: string }): Promise<CopayView> {
  const { services, actor } = ctx;
  const operation = 'copay.confirm';
  const replay = await replayedResult<CopayView>(services, { operation, input, actor, idempotencyKey: ctx.idempotencyKey });
  if (replay.found) return replay.value;
  const c = await getCollection(services.pool, input.collectionId);
  if (!c || actor.pharmacyId === null || c.pharmacyId !== actor.pharmacyId) throw copayNotFound();
  const now = services.clock();
  assertOpen(c, now);
  const tried = await countTry(services.pool, c.id, now, COPAY_MAX_ATTEMPTS);
  if (!tried) {
    // Settled or expired meanwhile (said as such), else the tries are used up.
    assertOpen((await getCollection(services.pool, c.id)) ?? c, services.clock());
    throw invalidCode(0);
  }
  if (!copayCodeMatches(env().AUTH_SECRET, c.id, input.code, tried.codeHash)) {
    const error = invalidCode(Math.max(0, COPAY_MAX_ATTEMPTS - tried.attempts));
    await auditCommand(services, { operation, actor, streams: [c.walletId], request: ctx.request, idempotencyKey: ctx.idempotencyKey }, error.code);
    throw error;
  }
  return captureCollection(ctx, c, { channel: 'sms', operation, input });
}

/** The patient agrees in the patient portal instead of reading out the code: only the wallet's owner. */
export async function approveCopay(ctx: Ctx, input: { collectionId: string }): Promise<CopayView> {
  const { services, actor } = ctx;
  const operation = 'copay.approve';
  const replay = await replayedResult<CopayView>(services, { operation, input, actor, idempotencyKey: ctx.idempotencyKey });
  if (replay.found) return replay.value;
  const c = await getCollection(services.pool, input.collectionId);
  const ownerId = c ? (await getWallet(services.pool, c.walletId))?.ownerId : undefined;
  if (!c || ownerId !== actor.userId) throw copayNotFound();
  assertOpen(c, services.clock());
  return captureCollection(ctx, c, {
    channel: 'portal',
    operation,
    input,
    // Checked again on the wallet as loaded for the capture (the read model could only lag, never differ).
    authorize: (owner) => {
      if (owner !== actor.userId) throw copayNotFound();
    },
  });
}
