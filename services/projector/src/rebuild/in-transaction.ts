import type { Pool, PoolClient } from '@healthpay/db';

/** Runs `work` in a transaction of its own on a pool connection, after `settings` (`SET LOCAL …` statements). */
export async function inTransaction(pool: Pool, settings: readonly string[], work: (tx: PoolClient) => Promise<void>): Promise<void> {
  const tx = await pool.connect();
  try {
    await tx.query('BEGIN');
    for (const setting of settings) await tx.query(setting);
    await work(tx);
    await tx.query('COMMIT');
  } catch (error) {
    await tx.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    tx.release();
  }
}
