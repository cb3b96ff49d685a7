import {
  applyBatch, feedPositionOf, readCheckpoint, readFeed, type DocumentProjection, type FeedPosition, type Pool, type StoredEvent,
} from '@healthpay/db';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a heterogeneous list of document types
type AnyProjection = DocumentProjection<any>;

/**
 * Groups of projections that read and write only their own tables, so each group may run beside the others on
 * its own connection: the ledger (its stream context lives in `ledger_streams`), the wallet rows and history
 * lines, the MedCard read models. Everything else stays together, in registry order, in one transaction:
 * settlement lines read `wallet_holds` and statements update lines, so those see each other's writes of the same
 * batch as in `catchUp`. A projection that starts reading another group's tables must move into its group.
 */
const INDEPENDENT: readonly (readonly string[])[] = [
  ['ledger_entries'],
  ['wallets', 'wallet_transactions'],
  ['medcards', 'medcard_beneficiaries', 'prescription_claims', 'insurance_claims', 'medcard_monthly_spend'],
];

/** Splits the projections into groups that can be applied concurrently (see INDEPENDENT). */
export function independentGroups(projections: readonly AnyProjection[]): AnyProjection[][] {
  const groups = INDEPENDENT.map((names) => projections.filter((p) => names.includes(p.name)));
  const rest = projections.filter((p) => !INDEPENDENT.some((names) => names.includes(p.name)));
  return [...groups, rest].filter((g) => g.length > 0);
}

async function applyGroup(pool: Pool, group: AnyProjection[], events: StoredEvent[]): Promise<void> {
  const tx = await pool.connect();
  try {
    await tx.query('BEGIN');
    // A replay can always be redone (a crash loses at most batches whose checkpoint was not durable either:
    // asynchronous commits still reach the WAL in order), so it does not wait for a flush per batch.
    await tx.query('SET LOCAL synchronous_commit = off');
    for (const p of group) await applyBatch(tx, p, events);
    await tx.query('COMMIT');
  } catch (error) {
    await tx.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    tx.release();
  }
}

const advance = async (pool: Pool, name: string, from: FeedPosition, to: FeedPosition): Promise<boolean> =>
  (await pool.query(
    `UPDATE projector_checkpoints SET transaction_id = $4, position = $5, updated_at = now()
     WHERE name = $1 AND transaction_id = $2 AND position = $3`,
    [name, from.transactionId, from.position, to.transactionId, to.position],
  )).rowCount === 1;

/**
 * Replays the feed from the checkpoint `name` into `projections`, fast: big batches, the next batch read while
 * the current one is applied, independent projection groups applied concurrently (one connection and one
 * transaction each), then the checkpoint moved by compare-and-set. Every projection is version-guarded and
 * idempotent, so a crash between a group's commit and the checkpoint only replays that batch; if another
 * projector moved the checkpoint meanwhile, this one continues from there. Returns how many events it applied.
 */
export async function replayFeed(pool: Pool, opts: { name: string; projections: readonly AnyProjection[]; batchSize?: number }): Promise<number> {
  const groups = independentGroups(opts.projections);
  const size = opts.batchSize ?? 4000;
  let from = await readCheckpoint(pool, opts.name);
  let next = readFeed(pool, from, size);
  let applied = 0;
  for (;;) {
    const events = await next;
    const last = events.at(-1);
    if (!last) return applied;
    const to = feedPositionOf(last);
    next = readFeed(pool, to, size);
    // Handled here so a failure of this batch does not leave the prefetch's rejection unobserved.
    next.catch(() => {});
    await Promise.all(groups.map((g) => applyGroup(pool, g, events)));
    if (await advance(pool, opts.name, from, to)) {
      applied += events.length;
      from = to;
    } else {
      from = await readCheckpoint(pool, opts.name);
      next = readFeed(pool, from, size);
    }
  }
}
