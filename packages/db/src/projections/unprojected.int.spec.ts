import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool, type Pool } from '../postgres/pool';
import { countOpenMedCardsOfHolder } from '../read-models/medcards/card-queries';
import { countOpenWalletsOfOwner } from '../read-models/wallets/queries';
import { createMigratedTestDatabase, type TestDatabase } from '../testing/database';

let db: TestDatabase;
let pool: Pool;

beforeAll(async () => {
  db = await createMigratedTestDatabase();
  pool = createPool(db.connectionString, 4);
});
afterAll(async () => {
  await pool.end();
  await db.drop();
});

const client = async () => {
  const c = new pg.Client({ connectionString: db.connectionString });
  await c.connect();
  return c;
};
const insertEvent = (c: pg.Client, aggregateType: string, eventType: string, data: object) =>
  c.query<{ position: string; transaction_id: string }>(
    `INSERT INTO events (event_id, aggregate_id, aggregate_type, event_type, version, event_data, metadata)
     VALUES ($1, $2, $3, $4, 1, $5, '{}') RETURNING position, transaction_id::text`,
    [randomUUID(), randomUUID(), aggregateType, eventType, JSON.stringify(data)],
  );

/**
 * Given an open written by a transaction that took its position before an older transaction took a later one, and a
 * checkpoint that passed the older transaction (the feed reads it first: it is below every running transaction),
 * when the open commits, then it is past the checkpoint and counted though its position is below the checkpoint's.
 */
async function openBehindTheCheckpoint(aggregateType: string, eventType: string, data: object): Promise<{ openPosition: number; checkpointPosition: number }> {
  const older = await client();
  const newer = await client();
  try {
    await older.query('BEGIN');
    await older.query('SELECT pg_current_xact_id()');
    await newer.query('BEGIN');
    const open = (await insertEvent(newer, aggregateType, eventType, data)).rows[0]!;
    const other = (await insertEvent(older, 'test', 'Noted', {})).rows[0]!;
    await older.query('COMMIT');
    await pool.query('DELETE FROM projector_checkpoints');
    await pool.query('INSERT INTO projector_checkpoints (name, transaction_id, position) VALUES ($1, $2, $3)', ['spec-checkpoint', other.transaction_id, other.position]);
    await newer.query('COMMIT');
    return { openPosition: Number(open.position), checkpointPosition: Number(other.position) };
  } finally {
    await older.end();
    await newer.end();
  }
}

describe('opens not projected yet, past the lowest checkpoint in feed order', () => {
  it('counts a wallet opened by a later transaction at a lower position than the checkpoint', async () => {
    const owner = `u-${randomUUID().slice(0, 8)}`;
    const at = await openBehindTheCheckpoint('wallet', 'WalletOpened', { ownerId: owner });
    expect(at.openPosition).toBeLessThan(at.checkpointPosition);
    expect(await countOpenWalletsOfOwner(pool, owner)).toBe(1);
  });

  it('counts a card issued by a later transaction at a lower position than the checkpoint', async () => {
    const holder = `u-${randomUUID().slice(0, 8)}`;
    const at = await openBehindTheCheckpoint('medcard', 'MedCardIssued', { holder: { userId: holder } });
    expect(at.openPosition).toBeLessThan(at.checkpointPosition);
    expect(await countOpenMedCardsOfHolder(pool, holder)).toBe(1);
  });

  it('does not count an open the checkpoint has passed, and counts every open when there is no checkpoint', async () => {
    const owner = `u-${randomUUID().slice(0, 8)}`;
    const c = await client();
    try {
      const open = (await insertEvent(c, 'wallet', 'WalletOpened', { ownerId: owner })).rows[0]!;
      await pool.query('DELETE FROM projector_checkpoints');
      expect(await countOpenWalletsOfOwner(pool, owner)).toBe(1);
      await pool.query('INSERT INTO projector_checkpoints (name, transaction_id, position) VALUES ($1, $2, $3)', ['spec-checkpoint', open.transaction_id, open.position]);
      expect(await countOpenWalletsOfOwner(pool, owner)).toBe(0);
    } finally {
      await c.end();
    }
  });
});
