import { evolveWallet, isDomainError, walletDecider, type WalletEvent } from '@healthpay/domain';
import { newEventId, type EventStore, type Pool } from '@healthpay/db';

/**
 * Records WalletHoldExpired for holds past their expiry. The domain already ignores an expired hold
 * when deciding; this event releases it in the read models (available balance, holds list).
 * A hold captured or voided meanwhile, or a clash with a concurrent command, is left to the next sweep.
 */
export async function expireDueHolds(pool: Pool, store: EventStore, now: Date, limit = 500): Promise<number> {
  const due = await pool.query<{ wallet_id: string; hold_id: string }>(
    `SELECT wallet_id, hold_id FROM wallet_holds WHERE status = 'active' AND expires_at <= $1 ORDER BY expires_at LIMIT $2`,
    [now, limit],
  );
  let expired = 0;
  for (const { wallet_id: walletId, hold_id: holdId } of due.rows) {
    const stream = await store.readStream(walletId);
    const state = stream.reduce((s, e) => evolveWallet(s, { type: e.type, data: e.data } as WalletEvent), walletDecider.initialState);
    let events: WalletEvent[];
    try {
      events = walletDecider.decide({ type: 'ExpireHold', data: { walletId, holdId }, meta: { now: now.toISOString(), actorId: 'system:hold-expiry' } }, state);
    } catch (error) {
      if (isDomainError(error)) continue;
      throw error;
    }
    const outcome = await store.append({
      streams: [{
        streamId: walletId, aggregateType: 'wallet', expectedVersion: stream.length,
        events: events.map((e) => ({ eventId: newEventId(), type: e.type, data: e.data, metadata: { actorId: 'system:hold-expiry', operation: 'wallet.hold.expire' } })),
      }],
    });
    if (outcome.status === 'committed') expired++;
  }
  return expired;
}
