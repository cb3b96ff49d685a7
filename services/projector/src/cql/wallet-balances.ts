import { evolveWalletDoc, type StoredEvent, type WalletDoc } from '@healthpay/db';
import type { Client } from 'cassandra-driver';

/** Reads events an aggregate is missing (a version gap) from the event store. */
export type Backfill = (streamId: string, afterVersion: number, beforeVersion: number) => Promise<StoredEvent[]>;

const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v.toString()));

/**
 * `wallet_balances` in CQL. Each wallet's row is evolved with the same pure evolve as the Postgres read
 * model and written whole, USING TIMESTAMP = version: idempotent under redelivery, and a write for an
 * older version loses to a newer one whatever order they arrive in. A version jump is filled from the
 * event store before going on, never skipped.
 */
export class CqlWalletBalances {
  private readonly docs = new Map<string, WalletDoc | null>();
  readonly stats = { applied: 0, duplicates: 0, gapsFilled: 0 };

  constructor(private readonly client: Client, private readonly keyspace: string, private readonly backfill: Backfill) {}

  async apply(event: StoredEvent): Promise<void> {
    const doc = this.docs.has(event.streamId) ? (this.docs.get(event.streamId) ?? null) : await this.load(event.streamId);
    const known = doc?.version ?? 0;
    if (event.version <= known) {
      this.stats.duplicates++;
      return;
    }
    let current = doc;
    if (event.version > known + 1) {
      const missing = await this.backfill(event.streamId, known, event.version);
      this.stats.gapsFilled += missing.length;
      for (const m of missing) current = evolveWalletDoc(current, m);
    }
    const next = evolveWalletDoc(current, event);
    this.docs.set(event.streamId, next);
    if (next && next !== current) await this.write(next);
    this.stats.applied++;
  }

  /** Forget cached rows (after a rebalance another consumer may have moved them on). */
  forget(): void {
    this.docs.clear();
  }

  private async load(walletId: string): Promise<WalletDoc | null> {
    const res = await this.client.execute(
      `SELECT wallet_id, owner_id, status, currency, balance, held, daily_debit_limit, monthly_debit_limit, last_version,
         opened_at, updated_at FROM ${this.keyspace}.wallet_balances WHERE wallet_id = ?`,
      [walletId], { prepare: true },
    );
    const r = res.first();
    const doc: WalletDoc | null = r && r.last_version ? {
      walletId, ownerId: r.owner_id, status: r.status, currency: r.currency, balance: num(r.balance), held: num(r.held),
      dailyDebitLimit: num(r.daily_debit_limit), monthlyDebitLimit: num(r.monthly_debit_limit), version: r.last_version,
      openedAt: (r.opened_at as Date).toISOString(), updatedAt: (r.updated_at as Date).toISOString(),
    } : null;
    this.docs.set(walletId, doc);
    return doc;
  }

  private write(d: WalletDoc): Promise<unknown> {
    return this.client.execute(
      `UPDATE ${this.keyspace}.wallet_balances USING TIMESTAMP ? SET owner_id = ?, status = ?, currency = ?, balance = ?,
         held = ?, available = ?, daily_debit_limit = ?, monthly_debit_limit = ?, last_version = ?, opened_at = ?, updated_at = ?
       WHERE wallet_id = ?`,
      [d.version, d.ownerId, d.status, d.currency, d.balance, d.held, d.balance - d.held, d.dailyDebitLimit,
        d.monthlyDebitLimit, d.version, new Date(d.openedAt), new Date(d.updatedAt), d.walletId],
      { prepare: true },
    );
  }
}
