import { evolveMonthlySpendDoc, groupBy, monthlySpendProjection, type MonthlySpendDoc, type StoredEvent } from '@healthpay/db';
import type { Client } from 'cassandra-driver';
import type { Backfill } from './wallet-balances';
import { CqlWriteBatcher } from './write-batcher';

/** What moves a month's spend: the same events as the Postgres read model (an approval adds, a reversal takes back). */
const SPEND_EVENTS: ReadonlySet<string> = new Set(monthlySpendProjection.canHandle);

/**
 * `medcard_monthly_spend` in CQL: benefit paid per card and Cairo month. The card stream's version is
 * tracked whole (every card event, not only approvals), so a version gap is seen and filled from the
 * event store before an approval could be missed. Rows are written USING TIMESTAMP = version.
 */
export class CqlMonthlySpend {
  private readonly seen = new Map<string, number>();
  private readonly months = new Map<string, MonthlySpendDoc>();
  readonly stats = { applied: 0, duplicates: 0, gapsFilled: 0 };

  constructor(
    private readonly client: Client,
    private readonly keyspace: string,
    private readonly backfill: Backfill,
    private readonly writes = new CqlWriteBatcher(client, keyspace),
  ) {}

  async applyAll(events: StoredEvent[]): Promise<void> {
    await Promise.all([...groupBy(events, (e) => e.streamId)].map(([id, list]) => this.applyCard(id, list.sort((a, b) => a.version - b.version))));
  }

  forget(): void {
    this.seen.clear();
    this.months.clear();
  }

  private async applyCard(cardId: string, events: StoredEvent[]): Promise<void> {
    let seen = this.seen.get(cardId) ?? (await this.load(cardId));
    const changed = new Set<string>();
    const apply = (e: StoredEvent) => {
      const month = (e.data as { month?: string }).month;
      if (!SPEND_EVENTS.has(e.type) || !month) return;
      const key = `${cardId}\u0000${month}`;
      const next = evolveMonthlySpendDoc(this.months.get(key) ?? null, e);
      if (!next) return;
      this.months.set(key, next);
      changed.add(key);
    };
    for (const e of events) {
      if (e.version <= seen) {
        this.stats.duplicates++;
        continue;
      }
      if (e.version > seen + 1) {
        const missing = await this.backfill(cardId, seen, e.version);
        this.stats.gapsFilled += missing.length;
        missing.forEach(apply);
      }
      apply(e);
      seen = e.version;
      this.stats.applied++;
    }
    this.seen.set(cardId, seen);
    // Not written: forget what is cached, so the redelivered events are applied again and not taken as duplicates.
    await Promise.all([...changed].map((k) => this.write(this.months.get(k) as MonthlySpendDoc))).catch((error: unknown) => {
      this.forget();
      throw error;
    });
  }

  /** The card's months as stored; the newest approval's or reversal's version is as far as we know the stream. */
  private async load(cardId: string): Promise<number> {
    const res = await this.client.execute(
      `SELECT month, benefit, claims, last_version FROM ${this.keyspace}.medcard_monthly_spend WHERE card_id = ?`, [cardId], { prepare: true });
    let seen = 0;
    for (const r of res.rows) {
      const doc = { cardId, month: r.month as string, benefitTotal: Number(r.benefit), claimCount: r.claims as number, version: r.last_version as number };
      this.months.set(`${cardId}\u0000${doc.month}`, doc);
      seen = Math.max(seen, doc.version);
    }
    this.seen.set(cardId, seen);
    return seen;
  }

  private write(d: MonthlySpendDoc): Promise<void> {
    return this.writes.write({
      query: `UPDATE ${this.keyspace}.medcard_monthly_spend USING TIMESTAMP ? SET benefit = ?, claims = ?, last_version = ? WHERE card_id = ? AND month = ?`,
      params: [d.version, d.benefitTotal, d.claimCount, d.version, d.cardId, d.month],
      partitionKey: d.cardId,
    });
  }
}
