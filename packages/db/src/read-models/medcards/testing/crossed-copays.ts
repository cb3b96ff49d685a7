import type { StoredEvent } from '../../../event-store/types';
import type { Pool } from '../../../postgres/pool';
import { claimOn, COPAY_PHARMACY, holdFor, seededApproval } from './copay-events';

/** How both transactions ended ('fulfilled' or the error), and whether each claim's copay is marked paid from the wallet. */
export interface CrossedOutcome {
  outcomes: string[];
  paid: { prescription_id: string; copay_from_wallet: boolean }[];
}

/**
 * Two projector processes' transactions, each a re-decided claim and the capture of the other card's copay hold, applied
 * by `apply` (one transaction per call) so that each waits, past its first projection's card lock, for a third
 * connection holding both claims' rows: the first starts and waits, then the second, then the rows are let go. With
 * each card's lock taken in a projection of its own, this is a deadlock. Needs a seeded database (two demo cards).
 */
export async function crossedCopays(pool: Pool, cards: [string, string], tag: string, apply: (events: StoredEvent[]) => Promise<unknown>): Promise<CrossedOutcome> {
  const approval = await seededApproval(pool, cards[0]);
  const [a, b] = cards;
  const [rxA, rxB] = [`RX-${tag}-a`, `RX-${tag}-b`];
  // The claims exist with their lines: each transaction below re-decides one.
  await apply([claimOn(approval, a, rxA, 1_000_001), claimOn(approval, b, rxB, 1_000_001)]);
  const captured = { form: 'new', pharmacyId: COPAY_PHARMACY, end: 'captured' } as const;
  const first = [claimOn(approval, a, rxA, 1_000_002), ...holdFor(b, rxB, captured)];
  const second = [claimOn(approval, b, rxB, 1_000_002), ...holdFor(a, rxA, captured)];
  const rows = await pool.connect();
  let outcomes: string[];
  try {
    await rows.query('BEGIN');
    await rows.query('SELECT 1 FROM prescription_claims WHERE card_id = ANY($1::text[]) AND prescription_id = ANY($2::text[]) FOR UPDATE', [[a, b], [rxA, rxB]]);
    const running: Promise<unknown>[] = [];
    let ended = 0;
    for (const events of [first, second]) {
      running.push(apply(events).finally(() => { ended++; }));
      await untilWaiting(pool, running.length, () => ended > 0);
    }
    await rows.query('COMMIT');
    outcomes = (await Promise.allSettled(running)).map((o) => (o.status === 'rejected' ? String(o.reason) : o.status));
  } finally {
    rows.release();
  }
  const paid = await pool.query<CrossedOutcome['paid'][number]>(
    'SELECT prescription_id, copay_from_wallet FROM prescription_claims WHERE prescription_id = ANY($1::text[]) ORDER BY prescription_id', [[rxA, rxB]]);
  return { outcomes, paid: paid.rows };
}

/** Returns once `count` of the database's backends wait for a lock (polling the server's view); throws if `ended()` first. */
async function untilWaiting(pool: Pool, count: number, ended: () => boolean): Promise<void> {
  for (;;) {
    if (ended()) throw new Error('a transaction ended instead of waiting for a lock');
    const r = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
    if ((r.rows[0]?.n ?? 0) >= count) return;
  }
}
