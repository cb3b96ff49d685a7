import { evolveWalletDoc, groupBy, type StoredEvent, type WalletDoc } from '@healthpay/db';
import type { Client } from 'cassandra-driver';
import { CqlWriteBatcher } from './write-batcher';

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

  private readonly update: string;

  constructor(
    private readonly client: Client,
    private readonly keyspace: string,
    private readonly backfill: Backfill,
    private readonly writes = new CqlWriteBatcher(client, keyspace),
  ) {
    this.update = `UPDATE ${keyspace}.wallet_balances USING TIMESTAMP ? SET owner_id = ?, status = ?, currency = ?, balance = ?,
         held = ?, available = ?, daily_debit_limit = ?, monthly_debit_limit = ?, last_version = ?, opened_at = ?, updated_at = ?
       WHERE wallet_id = ?`;
  }

  /**
   * Applies a batch: wallets side by side, each wallet's events in version order, and one write per
   * wallet with its final state (the rows are absolute, so intermediate states need not be written).
   */
  async applyAll(events: StoredEvent[]): Promise<void> {
    await Promise.all([...groupBy(events, (e) => e.streamId)].map(([id, list]) => this.applyWallet(id, list.sort((a, b) => a.version - b.version))));
  }

  private async applyWallet(walletId: string, events: StoredEvent[]): Promise<void> {
    const before = this.docs.has(walletId) ? (this.docs.get(walletId) ?? null) : await this.load(walletId);
    let current = before;
    for (const event of events) {
      const known = current?.version ?? 0;
      if (event.version <= known) {
        this.stats.duplicates++;
        continue;
      }
      if (event.version > known + 1) {
        const missing = await this.backfill(walletId, known, event.version);
        this.stats.gapsFilled += missing.length;
        for (const m of missing) current = evolveWalletDoc(current, m);
      }
      current = evolveWalletDoc(current, event);
      this.stats.applied++;
    }
    this.docs.set(walletId, current);
    if (!current || current === before) return;
    // Not written: forget the cached row, so the redelivered events are applied again and not taken as duplicates.
    await this.write(current).catch((error: unknown) => {
      this.docs.delete(walletId);
      throw error;
    });
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

  private write(d: WalletDoc): Promise<void> {
    return this.writes.write({
      query: this.update,
      params: [d.version, d.ownerId, d.status, d.currency, d.balance, d.held, d.balance - d.held, d.dailyDebitLimit,
        d.monthlyDebitLimit, d.version, new Date(d.openedAt), new Date(d.updatedAt), d.walletId],
      partitionKey: d.walletId,
    });
  }
}
