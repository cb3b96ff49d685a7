import { containsPattern } from '../../util/like';
import { lowestCheckpoint, pastCheckpoint } from '../../projections/unprojected';
import { nameMatchSql } from '../../names/name-search';
import type { Pool } from '../../postgres/pool';
import { isoInstantTypes } from '../../postgres/iso-instants';
import { turnBatched, turnBatchedArrays } from '../../postgres/turn-batch';
import { copayCaptureOf, copayRefundOf, REFUND_PHARMACY_SQL, type CopayLine } from './copay-lines';
import type { HoldDoc } from './hold-projection';
import type { TransactionDoc } from './transaction-projection';

export interface WalletRow {
  walletId: string;
  ownerId: string;
  ownerName: string | null;
  ownerPhone: string | null;
  status: 'pending' | 'active' | 'suspended' | 'closed';
  currency: string;
  balance: number;
  held: number;
  available: number;
  dailyDebitLimit: number;
  monthlyDebitLimit: number;
  version: number;
  openedAt: Date;
  updatedAt: Date;
}

const WALLET_COLUMNS = `w.wallet_id AS "walletId", w.owner_id AS "ownerId", u.name AS "ownerName",
  u.phone AS "ownerPhone", w.status, w.currency, w.balance, w.held, w.available,
  w.daily_debit_limit AS "dailyDebitLimit", w.monthly_debit_limit AS "monthlyDebitLimit", w.version,
  w.opened_at AS "openedAt", w.updated_at AS "updatedAt"`;
const WALLET_SELECT = `SELECT ${WALLET_COLUMNS}
  FROM wallets w LEFT JOIN users u ON u.id = w.owner_id`;

// Named statements are parsed and planned once per connection: the wallet pages run these on every load. The reads
// of one event-loop turn go as one statement (`turnBatched`): `k.i` numbers the call each row answers.
const WALLET_BY_ID = { name: 'hp_wallet', text: `${WALLET_SELECT} WHERE w.wallet_id = $1` };
const WALLETS_BY_ID = {
  name: 'hp_wallets_by_id',
  text: `SELECT k.i::int AS "_i", ${WALLET_COLUMNS}
  FROM unnest($1::text[]) WITH ORDINALITY k(id, i) JOIN wallets w ON w.wallet_id = k.id LEFT JOIN users u ON u.id = w.owner_id
  ORDER BY k.i`,
};
const WALLETS_OF_OWNER = { name: 'hp_wallets_of_owner', text: `${WALLET_SELECT} WHERE w.owner_id = $1 ORDER BY w.opened_at` };
const WALLETS_OF_OWNERS = {
  name: 'hp_wallets_of_owners',
  text: `SELECT k.i::int AS "_i", ${WALLET_COLUMNS}
  FROM unnest($1::text[]) WITH ORDINALITY k(id, i) JOIN wallets w ON w.owner_id = k.id LEFT JOIN users u ON u.id = w.owner_id
  ORDER BY k.i, w.opened_at`,
};

// Spelled out: the row as `WALLET_SELECT` gives it, without the batch's call number.
const walletRowOf = (r: WalletRow): WalletRow => ({
  walletId: r.walletId, ownerId: r.ownerId, ownerName: r.ownerName, ownerPhone: r.ownerPhone, status: r.status, currency: r.currency,
  balance: r.balance, held: r.held, available: r.available, dailyDebitLimit: r.dailyDebitLimit, monthlyDebitLimit: r.monthlyDebitLimit,
  version: r.version, openedAt: r.openedAt, updatedAt: r.updatedAt,
});
const walletById = turnBatched<WalletRow>(WALLET_BY_ID, WALLETS_BY_ID, walletRowOf);
const walletsOfOwner = turnBatched<WalletRow>(WALLETS_OF_OWNER, WALLETS_OF_OWNERS, walletRowOf);

export async function getWallet(pool: Pool, walletId: string): Promise<WalletRow | null> {
  return (await walletById(pool, [walletId]))[0] ?? null;
}

/** Wallets of this user that are not closed (also those opened in events not projected yet): one per person unless staff say why. */
export async function countOpenWalletsOfOwner(pool: Pool, ownerId: string): Promise<number> {
  const res = await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM (
       SELECT wallet_id FROM wallets WHERE owner_id = $1 AND status <> 'closed'
       UNION
       SELECT e.aggregate_id FROM events e
        WHERE ${pastCheckpoint(2)}
          AND e.aggregate_type = 'wallet' AND e.event_type = 'WalletOpened' AND e.event_data->>'ownerId' = $1
          AND NOT EXISTS (SELECT 1 FROM wallets w WHERE w.wallet_id = e.aggregate_id)
     ) open_wallets`,
    [ownerId, ...(await lowestCheckpoint(pool))],
  );
  return res.rows[0]?.n ?? 0;
}

export async function listWalletsByOwner(pool: Pool, ownerId: string): Promise<WalletRow[]> {
  return walletsOfOwner(pool, [ownerId]);
}

/** The active wallet of the user with this phone number (E.164), for transfers by phone. */
export async function findWalletByPhone(pool: Pool, phone: string): Promise<WalletRow | null> {
  const res = await pool.query<WalletRow>(
    `${WALLET_SELECT} WHERE u.phone = $1 AND w.status <> 'closed' ORDER BY w.opened_at LIMIT 1`,
    [phone],
  );
  return res.rows[0] ?? null;
}

/** The names of the person whose open wallet takes transfers to this phone (E.164), for a masked confirmation. */
export async function recipientNamesByPhone(pool: Pool, phone: string): Promise<{ name: string; nameAr: string | null } | null> {
  const res = await pool.query<{ name: string; nameAr: string | null }>(
    `SELECT u.name, u.name_ar AS "nameAr" FROM wallets w JOIN users u ON u.id = w.owner_id
      WHERE u.phone = $1 AND w.status <> 'closed' ORDER BY w.opened_at LIMIT 1`,
    [phone],
  );
  return res.rows[0] ?? null;
}

export interface WalletSearch {
  query?: string;
  status?: WalletRow['status'];
  /** Keyset cursor: the walletId after which to continue (ordered by walletId). */
  cursor?: string;
  limit: number;
}

/** How many wallets (in id order) a search first tries before it looks for the term among the people instead. */
export const WALLET_SEARCH_PREFIX = 4_000;

/**
 * Staff search by owner name (either script, see names/README.md), phone or wallet id; keyset-paginated by wallet id.
 * Wallets has no index but its key and owner (every command writes it), so each shape reads what it must and stops:
 * - no term, any or an active status: the key, filtered (nearly every wallet is active);
 * - no term, another status (pending, suspended, closed: the few): the table once, its matches sorted. The key walk
 *   read every wallet with its heap row before the first of a status whose wallets are few (1.5M wallets: 8 s);
 * - a term: the first `WALLET_SEARCH_PREFIX` wallets after the cursor, which hold the page when the term is common (a first
 *   name); else the people (and the wallet id) the term names, then their wallets by owner. Walking the key and each
 *   owner for a phone or a wallet id read every wallet and every user (1.5M: 34 s).
 */
export async function searchWallets(pool: Pool, s: WalletSearch): Promise<{ items: WalletRow[]; nextCursor: string | null }> {
  const term = s.query?.trim() || null;
  const values = [term, s.status ?? null, s.cursor ?? null, s.limit + 1, containsPattern(s.query)];
  let rows: WalletRow[];
  if (term === null && (s.status === undefined || s.status === 'active')) {
    rows = (await pool.query<WalletRow>(`${WALLET_SELECT} WHERE ($1::text IS NULL OR w.status = $1) AND ($2::text IS NULL OR w.wallet_id > $2)
     ORDER BY w.wallet_id LIMIT $3`, values.slice(1, 4))).rows;
  } else if (term === null) {
    rows = (await pool.query<WalletRow>(`WITH hit AS MATERIALIZED (
       SELECT * FROM wallets WHERE status = $1 AND ($2::text IS NULL OR wallet_id > $2))
     ${walletPageOf('hit', '$3')}`, values.slice(1, 4))).rows;
  } else {
    rows = (await pool.query<WalletRow>(`SELECT ${WALLET_COLUMNS}
     FROM (SELECT * FROM wallets WHERE ($3::text IS NULL OR wallet_id > $3) ORDER BY wallet_id LIMIT ${WALLET_SEARCH_PREFIX}) w
     LEFT JOIN users u ON u.id = w.owner_id
     WHERE (${OWNER_MATCH} OR w.wallet_id = $1) AND ($2::text IS NULL OR w.status = $2)
     ORDER BY w.wallet_id LIMIT $4`, values)).rows;
    if (rows.length <= s.limit) {
      rows = (await pool.query<WalletRow>(`WITH hit AS MATERIALIZED (
         SELECT * FROM wallets w WHERE w.wallet_id = $1
         UNION SELECT w.* FROM users u JOIN wallets w ON w.owner_id = u.id WHERE ${OWNER_MATCH}),
       page AS (SELECT * FROM hit WHERE ($2::text IS NULL OR status = $2) AND ($3::text IS NULL OR wallet_id > $3))
       ${walletPageOf('page', '$4')}`, values)).rows;
    }
  }
  const items = rows.slice(0, s.limit);
  return { items, nextCursor: rows.length > s.limit ? (items.at(-1)?.walletId ?? null) : null };
}

// The term (`$1`, `$5` its pattern) against the owner (`u`) alone, name in either script or phone, so that Postgres
// filters the people before it looks up their wallets.
const OWNER_MATCH = `(u.name ILIKE $5 OR u.name_ar ILIKE $5 OR u.phone LIKE $5 OR ${nameMatchSql('u.name_search', '$5', '$1')})`;

// The first rows of a set of wallets by id, and only then their owners.
const walletPageOf = (set: string, limit: string) => `SELECT ${WALLET_COLUMNS}
     FROM (SELECT * FROM ${set} ORDER BY wallet_id LIMIT ${limit}) w LEFT JOIN users u ON u.id = w.owner_id ORDER BY w.wallet_id`;

export type { CopayLine } from './copay-lines';

/** `copay`: a capture that paid a copay; `copayRefund`: a reversed claim's copay credited back (else null). */
export type TransactionLine = TransactionDoc & { counterpartyName: string | null; counterpartyNameAr: string | null; copay: CopayLine | null; copayRefund: CopayLine | null };

// The line as read, by position (`rowMode: 'array'`: the driver builds no object per row): the columns of
// `transactionsSelect` in its order. Its wallet is the one asked for (not sent back on every row), its instant already text.
type TransactionRow = [
  eventId: string, version: number, kind: TransactionDoc['kind'], amount: number, balanceAfter: number, reference: string,
  counterpartyWalletId: string | null, counterpartyName: string | null, counterpartyNameAr: string | null, occurredAt: string,
  holdReference: string | null, holdPharmacyId: string | null, pharmacyName: string | null, pharmacyNameAr: string | null,
  refundPharmacyName: string | null, refundPharmacyNameAr: string | null,
];
// With the owner: the page's columns (all null for a wallet without further lines), then the owner's id.
type Nullable<T extends unknown[]> = { [K in keyof T]: T[K] | null };
type TransactionWithOwnerRow = [...Nullable<TransactionRow>, ownerId: string];
const OWNER = 16;

// The hold and the refund's pharmacy are looked up only for the lines that can have them (a capture, a credit with a
// refund reference): `OFFSET 0` keeps each lookup a subquery whose kind test runs once per line before any scan,
// rather than a join filter tried against every row of the joined tables. The cursor is an index bound
// (`version <= before - 1`, none: the largest int4), not an `IS NULL OR` that a generic plan can only filter with
// (every newer line read again on each further page).
// The counterparty's names only on a line that has one (a transfer): a subquery under CASE runs for that line alone,
// where a join runs its nodes (a Memoize and an index scan of users) for every line, also the many without.
const COUNTERPARTY_NAME = (column: 'name' | 'name_ar') => `CASE WHEN t.counterparty_wallet_id IS NOT NULL THEN (SELECT cu.${column}
       FROM wallets cw JOIN users cu ON cu.id = cw.owner_id WHERE cw.wallet_id = t.counterparty_wallet_id) END`;
const transactionsSelect = (walletId: string, before: string, limit: string) => `SELECT t.event_id AS "eventId", t.version, t.kind, t.amount,
       t.balance_after AS "balanceAfter", t.reference, t.counterparty_wallet_id AS "counterpartyWalletId",
       ${COUNTERPARTY_NAME('name')} AS "counterpartyName", ${COUNTERPARTY_NAME('name_ar')} AS "counterpartyNameAr",
       t.occurred_at AS "occurredAt", h.reference AS "holdReference",
       h.pharmacy_id AS "holdPharmacyId", h.name AS "pharmacyName", h.name_ar AS "pharmacyNameAr",
       rp.name AS "refundPharmacyName", rp.name_ar AS "refundPharmacyNameAr"
     FROM wallet_transactions t
     LEFT JOIN LATERAL (SELECT h.reference, h.pharmacy_id, ph.name, ph.name_ar FROM wallet_holds h LEFT JOIN pharmacies ph ON ph.id = h.pharmacy_id
        WHERE t.kind = 'capture' AND h.wallet_id = t.wallet_id AND h.hold_id = t.reference OFFSET 0) h ON true
     LEFT JOIN LATERAL (SELECT rp.name, rp.name_ar FROM pharmacies rp
        WHERE t.kind = 'credit' AND rp.id = ${REFUND_PHARMACY_SQL('t.reference')} OFFSET 0) rp ON true
     WHERE t.wallet_id = ${walletId} AND t.version <= coalesce(${before} - 1, 2147483647)
     ORDER BY t.version DESC LIMIT ${limit}`;
const TRANSACTIONS_SELECT = transactionsSelect('$1', '$2::int', '$3');

/** Newest first; the cursor is the version of the last line seen. A copay capture says which pharmacy took it. */
export async function listTransactions(
  pool: Pool,
  walletId: string,
  page: { cursor?: number; limit: number },
): Promise<{ items: TransactionLine[]; nextCursor: number | null }> {
  const res = await pool.query<TransactionRow>({
    name: 'hp_wallet_transactions',
    text: TRANSACTIONS_SELECT,
    values: [walletId, page.cursor ?? null, page.limit + 1],
    types: isoInstantTypes,
    rowMode: 'array',
  });
  return transactionPageOf(walletId, res.rows, page.limit);
}

/**
 * `listTransactions` together with the wallet's owner (null when there is no such wallet), in one statement: the
 * access check and the page in one round trip. The caller checks the owner before answering with the page.
 */
export async function listTransactionsWithOwner(
  pool: Pool,
  walletId: string,
  page: { cursor?: number; limit: number },
): Promise<{ ownerId: string | null; items: TransactionLine[]; nextCursor: number | null }> {
  const all = await transactionsWithOwner(pool, [walletId, page.cursor ?? null, page.limit + 1]);
  // A wallet without (further) lines comes back as one row of the wallet alone.
  const rows = all.filter((r) => r[0] !== null) as unknown as TransactionRow[];
  // The batched statement leaves its rows in the order the page's subquery gave them (newest first, as a nested loop
  // over the calls keeps them): no sort of the whole batch in Postgres. Checked here, and sorted should it ever not be.
  for (let n = 1; n < rows.length; n++) {
    if (rows[n - 1]![1] <= rows[n]![1]) {
      rows.sort((a, b) => b[1] - a[1]);
      break;
    }
  }
  return { ownerId: all[0]?.[OWNER] ?? null, ...transactionPageOf(walletId, rows, page.limit) };
}

// Rows as arrays: the page's columns, the owner (`OWNER`), and in the batch the call's number last (`turnBatchedArrays`).
const transactionsWithOwner = turnBatchedArrays<TransactionWithOwnerRow>({
  name: 'hp_wallet_transactions_with_owner',
  text: `SELECT page.*, w.owner_id AS "ownerId" FROM wallets w LEFT JOIN LATERAL (${TRANSACTIONS_SELECT}) page ON true
     WHERE w.wallet_id = $1 ORDER BY page.version DESC`,
  types: isoInstantTypes,
}, {
  name: 'hp_wallets_transactions_with_owner',
  text: `SELECT page.*, w.owner_id AS "ownerId", k.i::int AS "_i"
     FROM unnest($1::text[], $2::int[], $3::int[]) WITH ORDINALITY k(wallet_id, before, lim, i) JOIN wallets w ON w.wallet_id = k.wallet_id
     LEFT JOIN LATERAL (${transactionsSelect('k.wallet_id', 'k.before', 'k.lim')}) page ON true`,
  types: isoInstantTypes,
});

function transactionPageOf(walletId: string, rows: readonly TransactionRow[], limit: number): { items: TransactionLine[]; nextCursor: number | null } {
  const n = Math.min(rows.length, limit);
  const items = new Array<TransactionLine>(n);
  for (let j = 0; j < n; j++) items[j] = transactionLineOf(walletId, rows[j]!);
  return { items, nextCursor: rows.length > limit ? (items[n - 1]?.version ?? null) : null };
}

// One literal, the row read by position (the names are `TransactionRow`'s labels).
const transactionLineOf = (walletId: string, row: TransactionRow): TransactionLine => ({
  eventId: row[0], walletId, version: row[1], kind: row[2], amount: row[3], balanceAfter: row[4],
  reference: row[5], counterpartyWalletId: row[6], counterpartyName: row[7], counterpartyNameAr: row[8], occurredAt: row[9],
  copay: row[10] === null ? null : copayCaptureOf(row[10], { pharmacyId: row[11], pharmacyName: row[12], pharmacyNameAr: row[13] }),
  copayRefund: row[2] === 'credit' && row[14] !== null
    ? copayRefundOf(row[5], { pharmacyId: null, pharmacyName: row[14], pharmacyNameAr: row[15] })
    : null,
});

export async function listHolds(pool: Pool, walletId: string): Promise<HoldDoc[]> {
  const res = await pool.query<RawHold>({
    name: 'hp_wallet_holds',
    text: `SELECT wallet_id AS "walletId", hold_id AS "holdId", amount, captured, status, reference,
       expires_at AS "expiresAt", placed_at AS "placedAt", updated_at AS "updatedAt", pharmacy_id AS "pharmacyId"
     FROM wallet_holds WHERE wallet_id = $1 ORDER BY placed_at DESC`,
    values: [walletId],
  });
  return res.rows.map(holdOf);
}

type RawHold = Omit<HoldDoc, 'expiresAt' | 'placedAt' | 'updatedAt'> & { expiresAt: Date; placedAt: Date; updatedAt: Date };

/**
 * The wallet's owner (null when there is no such wallet) and its holds, newest first, in one statement: the
 * access check and the read in one round trip. The caller checks the owner before answering with the holds.
 * `status` keeps only the holds in it (a wallet's page asks for the active ones: its captured copays add up over years).
 */
export async function listHoldsWithOwner(
  pool: Pool, walletId: string, status?: HoldDoc['status'],
): Promise<{ ownerId: string | null; holds: HoldDoc[] }> {
  const rows = await holdsWithOwner(pool, [walletId, status ?? null]);
  const holds: HoldDoc[] = [];
  for (const r of rows) if (r.holdId !== null) holds.push(holdOf(r as RawHold));
  return { ownerId: rows[0]?.ownerId ?? null, holds };
}

type HoldWithOwnerRow = { ownerId: string } & { [K in keyof RawHold]: RawHold[K] | null };
const HOLD_WITH_OWNER_COLUMNS = `w.owner_id AS "ownerId", h.wallet_id AS "walletId", h.hold_id AS "holdId", h.amount, h.captured, h.status,
       h.reference, h.expires_at AS "expiresAt", h.placed_at AS "placedAt", h.updated_at AS "updatedAt", h.pharmacy_id AS "pharmacyId"`;
const holdsWithOwner = turnBatched<HoldWithOwnerRow>({
  name: 'hp_wallet_holds_with_owner',
  text: `SELECT ${HOLD_WITH_OWNER_COLUMNS}
     FROM wallets w LEFT JOIN wallet_holds h ON h.wallet_id = w.wallet_id AND ($2::text IS NULL OR h.status = $2)
     WHERE w.wallet_id = $1 ORDER BY h.placed_at DESC`,
}, {
  name: 'hp_wallets_holds_with_owner',
  text: `SELECT k.i::int AS "_i", ${HOLD_WITH_OWNER_COLUMNS}
     FROM unnest($1::text[], $2::text[]) WITH ORDINALITY k(id, status, i) JOIN wallets w ON w.wallet_id = k.id
     LEFT JOIN wallet_holds h ON h.wallet_id = w.wallet_id AND (k.status IS NULL OR h.status = k.status) ORDER BY k.i, h.placed_at DESC`,
// The rows go only through `holdOf` (which copies the hold's fields by name) and `ownerId`: `_i` stays inside.
}, (r) => r);

const holdOf = (r: RawHold): HoldDoc => ({
  walletId: r.walletId, holdId: r.holdId, amount: r.amount, captured: r.captured, status: r.status, reference: r.reference,
  expiresAt: r.expiresAt.toISOString(), placedAt: r.placedAt.toISOString(), updatedAt: r.updatedAt.toISOString(), pharmacyId: r.pharmacyId,
});
