import { cairoMonth } from '@healthpay/domain';
import { listMedCardsByHolder, listWalletsByOwner, type Pool } from '@healthpay/db';
import type { Actor } from '../auth/actor';

const REVIEWERS: readonly Actor['role'][] = ['claims_reviewer', 'superadmin'];

/**
 * The live topics a caller may follow, decided once when the subscription opens, from the same records
 * their queries may read: a patient their wallets and cards, a pharmacist their pharmacy's claims, a
 * claims reviewer the insurance queue. Everyone else follows nothing (their pages refresh as before).
 */
export async function allowedTopicsOf(pool: Pool, actor: Actor, now: Date): Promise<Set<string>> {
  const topics = new Set<string>();
  if (actor.role === 'patient') {
    const [wallets, cards] = await Promise.all([
      listWalletsByOwner(pool, actor.userId),
      listMedCardsByHolder(pool, actor.userId, cairoMonth(now.toISOString())),
    ]);
    for (const w of wallets) topics.add(`wallet:${w.walletId}`);
    for (const c of cards) topics.add(`card:${c.cardId}`);
  }
  if (actor.role === 'pharmacist' && actor.pharmacyId) topics.add(`pharmacy:${actor.pharmacyId}`);
  if (REVIEWERS.includes(actor.role)) topics.add('insurance');
  return topics;
}
