import { walletEventTypes } from '@healthpay/domain';
import type { DocumentProjection } from '../../projections/types';
import { evolveWalletDoc, type WalletDoc } from './wallet-doc';

const SELECT = `SELECT wallet_id, owner_id, status, currency, balance, held, daily_debit_limit, monthly_debit_limit,
  version, opened_at, updated_at FROM wallets WHERE wallet_id = ANY($1::text[])`;

const UPSERT = `
INSERT INTO wallets (wallet_id, owner_id, status, currency, balance, held, available, daily_debit_limit,
  monthly_debit_limit, version, opened_at, updated_at)
SELECT w.id, w.owner, w.status, w.currency, w.balance, w.held, w.balance - w.held, w.daily, w.monthly, w.version,
  w.opened, w.updated
FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::bigint[], $6::bigint[], $7::bigint[], $8::bigint[],
  $9::int[], $10::timestamptz[], $11::timestamptz[])
  AS w(id, owner, status, currency, balance, held, daily, monthly, version, opened, updated)
ON CONFLICT (wallet_id) DO UPDATE SET status = excluded.status, balance = excluded.balance, held = excluded.held,
  available = excluded.available, daily_debit_limit = excluded.daily_debit_limit,
  monthly_debit_limit = excluded.monthly_debit_limit, version = excluded.version, updated_at = excluded.updated_at
WHERE wallets.version < excluded.version`;

interface Row {
  wallet_id: string; owner_id: string; status: WalletDoc['status']; currency: string; balance: number; held: number;
  daily_debit_limit: number; monthly_debit_limit: number; version: number; opened_at: Date; updated_at: Date;
}

/** Balance, held and available per wallet (the `wallets` table). */
export const walletProjection: DocumentProjection<WalletDoc> = {
  name: 'wallets',
  canHandle: walletEventTypes,
  keyOf: (e) => e.streamId,
  evolve: evolveWalletDoc,
  async load(tx, keys) {
    const res = await tx.query<Row>({ name: 'hp_project_wallets_load', text: SELECT, values: [keys] });
    return new Map(res.rows.map((r) => [r.wallet_id, {
      walletId: r.wallet_id, ownerId: r.owner_id, status: r.status, currency: r.currency, balance: r.balance,
      held: r.held, dailyDebitLimit: r.daily_debit_limit, monthlyDebitLimit: r.monthly_debit_limit,
      version: r.version, openedAt: r.opened_at.toISOString(), updatedAt: r.updated_at.toISOString(),
    }]));
  },
  async save(tx, docs) {
    if (docs.length === 0) return;
    const col = <K extends keyof WalletDoc>(k: K) => docs.map((d) => d[k]);
    await tx.query({ name: 'hp_project_wallets_save', text: UPSERT, values: [
      col('walletId'), col('ownerId'), col('status'), col('currency'), col('balance'), col('held'),
      col('dailyDebitLimit'), col('monthlyDebitLimit'), col('version'), col('openedAt'), col('updatedAt'),
    ] });
  },
};
