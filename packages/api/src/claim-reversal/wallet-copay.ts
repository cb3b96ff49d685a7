import type { Actor } from '../auth/actor';
import type { Context } from '../context';
import { collectedOf, openCollectionOf, retireExpired, type ClaimRef } from '../copay/collections';
import { releaseCollection } from '../copay/release';

/**
 * What the wallet paid of a claim's copay, so a reversal can give it back: null when nothing was taken (cash).
 * An open copay request is closed first (its hold voided, so it can no longer be captured); when its capture
 * won that race, that capture is the payment even if its collection row is not yet written as collected.
 */
export async function walletCopayOf(ctx: Context & { actor: Actor }, claim: ClaimRef): Promise<{ walletId: string; amount: number } | null> {
  const { pool } = ctx.services;
  await retireExpired(pool, claim, ctx.services.clock());
  const open = await openCollectionOf(pool, claim);
  if (open && (await releaseCollection(ctx, open, 'claims.reverse.void-copay-hold')) === 'collected') {
    return { walletId: open.walletId, amount: Number(open.amount) };
  }
  const collected = await collectedOf(pool, claim);
  return collected ? { walletId: collected.walletId, amount: Number(collected.amount) } : null;
}
