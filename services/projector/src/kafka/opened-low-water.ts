import { READ_MODELS_CHECKPOINT, type Pool } from '@healthpay/db';
import { RELAY_CHECKPOINT } from '../relay/relay';

/** The row scaled mode keeps in `projector_checkpoints` (embedded mode's read-model checkpoint plays its part there). */
export const OPENED_LOW_WATER = 'kafka-opened-low-water';

const EVERY_MS = 1_000;

/*
 * One wallet and one card per person (`countOpenWalletsOfOwner`, `countOpenMedCardsOfHolder`) count the read-model rows
 * and the WalletOpened / MedCardIssued events past the lowest `projector_checkpoints` row that have no row yet. In
 * embedded mode that row is the read models' checkpoint. In scaled mode the consumer keeps none, and the relay's
 * checkpoint runs ahead of what the consumer has applied: an open relayed but not yet projected was counted nowhere,
 * so a second wallet or card went through without a reason. This row stays at or below every such open: the position
 * before the first one (up to the relay's checkpoint) whose row is missing, or the relay's checkpoint when none is.
 */
const ADVANCE = `
WITH relay AS (SELECT transaction_id, position FROM projector_checkpoints WHERE name = $2),
low AS (SELECT position FROM projector_checkpoints WHERE name = $1),
pending AS (
  SELECT e.position FROM events e, relay, low
   WHERE e.position > low.position AND e.position <= relay.position
     AND ((e.aggregate_type = 'wallet' AND e.event_type = 'WalletOpened'
           AND NOT EXISTS (SELECT 1 FROM wallets w WHERE w.wallet_id = e.aggregate_id))
       OR (e.aggregate_type = 'medcard' AND e.event_type = 'MedCardIssued'
           AND NOT EXISTS (SELECT 1 FROM medcards m WHERE m.card_id = e.aggregate_id)))
   ORDER BY e.position LIMIT 1
)
UPDATE projector_checkpoints c
   SET position = GREATEST(c.position, COALESCE((SELECT position - 1 FROM pending), relay.position)), updated_at = now()
  FROM relay
 WHERE c.name = $1`;

/** Moves the low-water row as far as it may go now (created at the feed's start the first time). */
export async function advanceOpenedLowWater(pool: Pool): Promise<void> {
  await pool.query('INSERT INTO projector_checkpoints (name) VALUES ($1) ON CONFLICT DO NOTHING', [OPENED_LOW_WATER]);
  await pool.query(ADVANCE, [OPENED_LOW_WATER, RELAY_CHECKPOINT]);
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
