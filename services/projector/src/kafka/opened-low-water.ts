import { pastCheckpoint, READ_MODELS_CHECKPOINT, type Pool } from '@healthpay/db';
import { RELAY_CHECKPOINT } from '../relay/relay';

/** The row scaled mode keeps in `projector_checkpoints` (embedded mode's read-model checkpoint plays its part there). */
export const OPENED_LOW_WATER = 'kafka-opened-low-water';

const EVERY_MS = 1_000;

/*
 * One wallet and one card per person (`countOpenWalletsOfOwner`, `countOpenMedCardsOfHolder`) count the read-model rows
 * and the WalletOpened / MedCardIssued events past the lowest `projector_checkpoints` row that have no row yet. In
 * embedded mode that row is the read models' checkpoint. In scaled mode the consumer keeps none, and the relay's
 * checkpoint runs ahead of what the consumer has applied: an open relayed but not yet projected was counted nowhere,
 * so a second wallet or card went through without a reason. This row stays at or below every such open, in the
 * feed's (transaction, position) order: just before the first one (up to the relay's checkpoint) whose row is missing,
 * or at the relay's checkpoint when none is. It never moves back.
 */
const ADVANCE = `
WITH pending AS (
  SELECT e.transaction_id::text::bigint AS transaction_id, e.position FROM events e
   WHERE ${pastCheckpoint(2)} AND (e.transaction_id, e.position) <= ($4::text::xid8, $5::bigint)
     AND ((e.aggregate_type = 'wallet' AND e.event_type = 'WalletOpened'
           AND NOT EXISTS (SELECT 1 FROM wallets w WHERE w.wallet_id = e.aggregate_id))
       OR (e.aggregate_type = 'medcard' AND e.event_type = 'MedCardIssued'
           AND NOT EXISTS (SELECT 1 FROM medcards m WHERE m.card_id = e.aggregate_id)))
   ORDER BY e.transaction_id, e.position LIMIT 1
),
target AS (
  SELECT coalesce(p.transaction_id, $4::text::bigint) AS transaction_id, coalesce(p.position - 1, $5::bigint) AS position
    FROM (SELECT 1) one LEFT JOIN pending p ON true
)
UPDATE projector_checkpoints c
   SET transaction_id = target.transaction_id, position = target.position, updated_at = now()
  FROM target
 WHERE c.name = $1 AND (target.transaction_id, target.position) > (c.transaction_id, c.position)`;

/**
 * Moves the low-water row as far as it may go now (created at the feed's start the first time). The two rows are read
 * first so the search is planned on their values; read a moment late, they can only hold the row lower than it may go.
 */
export async function advanceOpenedLowWater(pool: Pool): Promise<void> {
  await pool.query('INSERT INTO projector_checkpoints (name) VALUES ($1) ON CONFLICT DO NOTHING', [OPENED_LOW_WATER]);
  const rows = await pool.query<{ name: string; t: string; p: string }>(
    'SELECT name, transaction_id::text AS t, position::text AS p FROM projector_checkpoints WHERE name = ANY($1)',
    [[OPENED_LOW_WATER, RELAY_CHECKPOINT]],
  );
  const low = rows.rows.find((r) => r.name === OPENED_LOW_WATER);
  const relay = rows.rows.find((r) => r.name === RELAY_CHECKPOINT);
  if (!low || !relay) return;
  await pool.query(ADVANCE, [OPENED_LOW_WATER, low.t, low.p, relay.t, relay.p]);
}

/**
 * After a scaled-mode rebuild (`projections:rebuild` with HP_MODE=scaled): the rebuild moved embedded mode's read-model
 * checkpoint as it replayed, and nothing moves it after that; as the lowest row it would make every one-wallet and
 * one-card check scan all opens since the rebuild. Every event up to the rebuild's end has its rows now, and the
 * low-water row covers what the consumer applies after it, so the row goes.
 */
export async function dropRebuildCheckpoint(pool: Pool): Promise<void> {
  await pool.query('DELETE FROM projector_checkpoints WHERE name = $1', [READ_MODELS_CHECKPOINT]);
}

/** Scaled mode's projector: the low-water row moved once a second (one step at a time). */
export function startOpenedLowWater(pool: Pool, log: Pick<Console, 'error'>): { stop(): Promise<void> } {
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    running = advanceOpenedLowWater(pool)
      .catch((error: unknown) => log.error('[projector] opened low-water failed', error))
      .finally(() => (running = null));
  };
  const timer = setInterval(tick, EVERY_MS);
  tick();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
