import type { PoolClient } from '../postgres/pool';
import { LIVE_CHANNEL, livePayloadOf } from './live-topics';

/** Inside the projecting transaction: NOTIFY is delivered on commit, so a portal never refetches too early. */
export async function notifyProjected(tx: PoolClient, events: readonly { streamId: string; aggregateType: string; type: string; data: unknown }[]): Promise<void> {
  const payload = livePayloadOf(events);
  if (payload !== null) await tx.query('SELECT pg_notify($1, $2)', [LIVE_CHANNEL, payload]);
}
