import type { Pool } from '../../postgres/pool';

export interface TrialBalanceLine {
  /** An account (`wallet:w-1`) or, rolled up, a kind of account (`wallet`). */
  account: string;
  accounts: number;
  debit: number;
  credit: number;
  /** debit − credit. */
  balance: number;
}

export interface TrialBalance {
  day: string;
  lines: TrialBalanceLine[];
  totalDebit: number;
  totalCredit: number;
  /** Σ(debit − credit) over every account: 0 when the books balance. */
  sum: number;
}

const BY_KIND = `SELECT split_part(account, ':', 1) AS account, count(DISTINCT account)::int AS accounts,
  coalesce(sum(debit), 0)::bigint AS debit, coalesce(sum(credit), 0)::bigint AS credit
  FROM ledger_entries WHERE day <= $1::date GROUP BY 1 ORDER BY 1`;

const BY_ACCOUNT = `SELECT account, 1 AS accounts, sum(debit)::bigint AS debit, sum(credit)::bigint AS credit
  FROM ledger_entries WHERE day <= $1::date AND split_part(account, ':', 1) = $2 AND account > $3
  GROUP BY account ORDER BY account LIMIT $4`;

const TOTALS = `SELECT coalesce(sum(debit), 0)::bigint AS debit, coalesce(sum(credit), 0)::bigint AS credit
  FROM ledger_entries WHERE day <= $1::date`;

const line = (r: Omit<TrialBalanceLine, 'balance'>): TrialBalanceLine => ({ ...r, balance: r.debit - r.credit });

/**
 * Every account's debit and credit totals up to and including `day` (Africa/Cairo), rolled up per kind of account
 * (one line for all wallets, one for all pharmacy payables…) so the page stays short; `accountsOfKind` drills in.
 */
export async function trialBalance(pool: Pool, day: string): Promise<TrialBalance> {
  const [lines, totals] = await Promise.all([
    pool.query<Omit<TrialBalanceLine, 'balance'>>(BY_KIND, [day]),
    pool.query<{ debit: number; credit: number }>(TOTALS, [day]),
  ]);
  const t = totals.rows[0] ?? { debit: 0, credit: 0 };
  return { day, lines: lines.rows.map(line), totalDebit: t.debit, totalCredit: t.credit, sum: t.debit - t.credit };
}

/** The accounts of one kind up to `day`, in name order after `after` (keyset paging). */
export async function accountsOfKind(pool: Pool, input: { day: string; kind: string; after?: string; limit: number }): Promise<TrialBalanceLine[]> {
  const res = await pool.query<Omit<TrialBalanceLine, 'balance'>>(BY_ACCOUNT, [input.day, input.kind, input.after ?? '', input.limit]);
  return res.rows.map(line);
}
