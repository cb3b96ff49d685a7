import { containsPattern } from '../../util/like';
import { lowestCheckpoint, pastCheckpoint } from '../../projections/unprojected';
import { nameMatchSql } from '../../names/name-search';
import { hashNationalId, openNationalId } from '../../pii/national-id';
import { isSealed } from '../../pii/cipher';
import type { Pool } from '../../postgres/pool';
import { isoInstantTypes } from '../../postgres/iso-instants';
import { turnBatched } from '../../postgres/turn-batch';
import type { BeneficiaryDoc } from './beneficiary-projection';
import type { MedCardDoc } from './medcard-projection';

export type MedCardRow = Omit<MedCardDoc, 'expiresAt' | 'issuedAt' | 'updatedAt'> & {
  expiresAt: string;
  issuedAt: string;
  updatedAt: string;
  holderPhone: string | null;
  /** Benefit paid in the Cairo month the query asked about (0 when none). */
  benefitUsed: number;
};

const CARD_COLUMNS = `c.card_id AS "cardId", c.tier, c.status, c.monthly_limit AS "monthlyLimit",
  c.copayment_percent AS "copaymentPercent", c.holder_user_id AS "holderUserId", c.holder_name AS "holderName",
  c.holder_beneficiary_id AS "holderBeneficiaryId", c.insurance_provider AS "insuranceProvider",
  c.insurance_policy_number AS "insurancePolicyNumber", c.status_reason AS "statusReason", c.expires_at AS "expiresAt",
  c.version, c.issued_at AS "issuedAt", c.updated_at AS "updatedAt", u.phone AS "holderPhone",
  COALESCE(s.benefit_total, 0) AS "benefitUsed"`;
const CARD_JOINS = `LEFT JOIN users u ON u.id = c.holder_user_id
  LEFT JOIN medcard_monthly_spend s ON s.card_id = c.card_id AND s.month =`;
const CARD_FROM = `FROM medcards c ${CARD_JOINS} $1`;
// The same for the reads of an event-loop turn (`turnBatched`): the calls' months and keys as arrays, `k.i` numbers the
// call each row answers.
const cardsFromKeys = (on: string): string => `FROM unnest($1::text[], $2::text[]) WITH ORDINALITY k(month, key, i)
  JOIN medcards c ON ${on} ${CARD_JOINS} k.month`;
const CARD_SELECT = `SELECT ${CARD_COLUMNS}
  ${CARD_FROM}`;

type RawCard = Omit<MedCardRow, 'expiresAt' | 'issuedAt' | 'updatedAt'> & { expiresAt: Date; issuedAt: Date; updatedAt: Date };
// Spelled out: the row as `CARD_COLUMNS` gives it (its instants as text, `isoInstantTypes`), without the batch's call number.
const cardRowOf = (r: MedCardRow): MedCardRow => ({
  cardId: r.cardId, tier: r.tier, status: r.status, monthlyLimit: r.monthlyLimit, copaymentPercent: r.copaymentPercent,
  holderUserId: r.holderUserId, holderName: r.holderName, holderBeneficiaryId: r.holderBeneficiaryId,
  insuranceProvider: r.insuranceProvider, insurancePolicyNumber: r.insurancePolicyNumber, statusReason: r.statusReason,
  expiresAt: r.expiresAt, version: r.version, issuedAt: r.issuedAt, updatedAt: r.updatedAt, holderPhone: r.holderPhone,
  benefitUsed: r.benefitUsed,
});
const card = (r: RawCard): MedCardRow => ({
  ...r, expiresAt: r.expiresAt.toISOString(), issuedAt: r.issuedAt.toISOString(), updatedAt: r.updatedAt.toISOString(),
});

/** One card, with what it paid in `month` (YYYY-MM, Africa/Cairo) when one is given. */
// Named statements are parsed and planned once per connection: the card pages run these on every load.
const CARD_BY_ID = { name: 'hp_medcard', text: `${CARD_SELECT} WHERE c.card_id = $2` };
const HOLDER_ORDER = `CASE c.status WHEN 'active' THEN 0 WHEN 'suspended' THEN 1 WHEN 'pending' THEN 2 ELSE 3 END, c.issued_at, c.card_id`;
const CARDS_OF_HOLDER = { name: 'hp_medcards_of_holder', text: `${CARD_SELECT} WHERE c.holder_user_id = $2 ORDER BY ${HOLDER_ORDER}` };
// Its instants come as their ISO text (`isoInstantTypes`): no Dates, and the row is copied once, by name.
const cardsOfHolder = turnBatched<MedCardRow>({ ...CARDS_OF_HOLDER, types: isoInstantTypes }, {
  name: 'hp_medcards_of_holders',
  text: `SELECT k.i::int AS "_i", ${CARD_COLUMNS} ${cardsFromKeys('c.holder_user_id = k.key')} ORDER BY k.i, ${HOLDER_ORDER}`,
  types: isoInstantTypes,
}, cardRowOf);

export async function getMedCard(pool: Pool, cardId: string, month?: string): Promise<MedCardRow | null> {
  const res = await pool.query<RawCard>({ ...CARD_BY_ID, values: [month ?? null, cardId] });
  return res.rows[0] ? card(res.rows[0]) : null;
}

/** A member as the card page shows them (no status or timestamps). */
export type CardMember = Pick<BeneficiaryRow, 'beneficiaryId' | 'relationship' | 'name' | 'nationalIdMasked' | 'dateOfBirth' | 'gender' | 'mobile'>;

// The card and its active members in one statement (the card page reads both on every load): the members come
// as one JSON array, the holder first, with the keys in the order the API answers them.
const CARD_MEMBERS_COLUMN = `(SELECT coalesce(json_agg(json_build_object('beneficiaryId', b.beneficiary_id,
      'relationship', b.relationship, 'name', b.name, 'nationalIdMasked', b.national_id_masked, 'dateOfBirth', b.date_of_birth::text,
      'gender', b.gender, 'mobile', b.mobile) ORDER BY b.relationship = 'self' DESC, b.added_at, b.beneficiary_id), '[]')
    FROM medcard_beneficiaries b WHERE b.card_id = c.card_id AND b.status = 'active') AS members`;
// Its instants come as their ISO text (`isoInstantTypes`) and the row is copied once, by name: no Dates, no spreads
// (V8 copies a spread of an object holding nulls on its slow path).
type CardWithMembers = MedCardRow & { members: CardMember[] };
const cardWithMembers = turnBatched<CardWithMembers>({
  name: 'hp_medcard_with_members',
  text: `SELECT ${CARD_COLUMNS}, ${CARD_MEMBERS_COLUMN}
  ${CARD_FROM} WHERE c.card_id = $2`,
  types: isoInstantTypes,
}, {
  name: 'hp_medcards_with_members',
  text: `SELECT k.i::int AS "_i", ${CARD_COLUMNS}, ${CARD_MEMBERS_COLUMN}
  ${cardsFromKeys('c.card_id = k.key')} ORDER BY k.i`,
  types: isoInstantTypes,
}, (r) => ({
  cardId: r.cardId, tier: r.tier, status: r.status, monthlyLimit: r.monthlyLimit, copaymentPercent: r.copaymentPercent,
  holderUserId: r.holderUserId, holderName: r.holderName, holderBeneficiaryId: r.holderBeneficiaryId,
  insuranceProvider: r.insuranceProvider, insurancePolicyNumber: r.insurancePolicyNumber, statusReason: r.statusReason,
  expiresAt: r.expiresAt, version: r.version, issuedAt: r.issuedAt, updatedAt: r.updatedAt, holderPhone: r.holderPhone,
  benefitUsed: r.benefitUsed, members: r.members,
}));

/** `getMedCard` and its active members (`listBeneficiaries`' order) in one round trip. */
export async function getMedCardWithMembers(pool: Pool, cardId: string, month: string): Promise<CardWithMembers | null> {
  return (await cardWithMembers(pool, [month, cardId]))[0] ?? null;
}

/**
 * Cards whose primary holder is this user, the one in use first: active, then suspended, pending, and ended
 * ones last; among equals the longest-held first (a second card never hides the family's), with what each paid
 * in `month`.
 */
export async function listMedCardsByHolder(pool: Pool, userId: string, month: string): Promise<MedCardRow[]> {
  return cardsOfHolder(pool, [month, userId]);
}

/**
 * Cards of this holder that still count as held (pending, active or suspended): one per person unless staff say
 * why. The read model lags commits, so cards issued in events the slowest projection has not reached yet count
 * too (a just-issued card is pending or active).
 */
export async function countOpenMedCardsOfHolder(pool: Pool, userId: string): Promise<number> {
  const res = await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM (
       SELECT card_id FROM medcards WHERE holder_user_id = $1 AND status IN ('pending', 'active', 'suspended')
       UNION
       SELECT e.aggregate_id FROM events e
        WHERE ${pastCheckpoint(2)}
          AND e.aggregate_type = 'medcard' AND e.event_type = 'MedCardIssued' AND e.event_data->'holder'->>'userId' = $1
          AND NOT EXISTS (SELECT 1 FROM medcards m WHERE m.card_id = e.aggregate_id)
     ) open_cards`,
    [userId, ...(await lowestCheckpoint(pool))],
  );
  return res.rows[0]?.n ?? 0;
}

export interface MedCardSearch {
  /** Part of the holder's name or phone, or a card number (national IDs: `findMedCardsByNationalId`). */
  query?: string;
  /** The Cairo month whose spend each row carries (YYYY-MM). */
  month: string;
  status?: MedCardDoc['status'];
  tier?: MedCardDoc['tier'];
  holderUserId?: string;
  /** Keyset cursor: the card id after which to continue (ordered by card id). */
  cursor?: string;
  limit: number;
}

/** How many cards (in id order) a search with a term first tries before it looks for the term among the people instead. */
export const CARD_SEARCH_PREFIX = 1_000;

// The term (`$2`, `$8` its pattern) against the holder as a person (`u`) and the holder's name as issued on the card
// (`c.holder_name`, its name key given as `key`).
const PERSON_MATCH = `(u.name ILIKE $8 OR u.name_ar ILIKE $8 OR u.phone LIKE $8 OR ${nameMatchSql('u.name_search', '$8', '$2')})`;
const holderNameMatch = (key: string) => `(c.holder_name ILIKE $8 OR ${nameMatchSql(key, '$8', '$2')})`;
// A term the trigram indexes can look up: three letters or digits in a row (pg_trgm's trigrams are of words).
const TRIGRAM_TERM = /[\p{L}\p{N}]{3}/u;
// The filters other than the term, and the cursor, on a card `c`.
const CARD_FILTERS = `($3::text IS NULL OR c.status = $3)
       AND ($4::text IS NULL OR c.tier = $4)
       AND ($5::text IS NULL OR c.holder_user_id = $5)
       AND ($6::text IS NULL OR c.card_id > $6)`;

/**
 * Staff search (holder name in either script, see names/README.md, phone or card number), keyset-paginated by card id.
 * With a term: the first `CARD_SEARCH_PREFIX` cards after the cursor, which hold the page when the term is common (a first
 * name), each holder name's key computed once (~15 µs a card); else the card the term numbers, the cards of the people it
 * names (users' trigram indexes) and the cards whose holder name it matches (medcards' trigram indexes on the name and
 * on `hp_holder_name_key`, migration 20261207170000). Walking the key and testing every card's names read every card and
 * computed its name key twice before a rare name or phone was found (1M cards: seconds).
 */
export async function searchMedCards(pool: Pool, s: MedCardSearch): Promise<{ items: MedCardRow[]; nextCursor: string | null }> {
  const term = s.query?.trim() || null;
  const values = [s.month, term, s.status ?? null, s.tier ?? null, s.holderUserId ?? null, s.cursor ?? null, s.limit + 1,
    containsPattern(s.query)];
  let rows: RawCard[];
  if (term === null) {
    rows = (await pool.query<RawCard>(`${CARD_SELECT} WHERE $2::text IS NULL AND ${CARD_FILTERS} ORDER BY c.card_id LIMIT $7`, values.slice(0, 7))).rows;
  } else {
    // A term without three letters or digits in a row gives the trigram indexes nothing to look up: the key walk alone,
    // to the end if it must, each card's name key computed once, rather than that key computed through the index's
    // wrapper (its own search_path) twice for every card.
    const indexed = TRIGRAM_TERM.test(term);
    rows = (await pool.query<RawCard>(`SELECT ${CARD_COLUMNS}
     FROM (SELECT * FROM medcards WHERE ($6::text IS NULL OR card_id > $6) ORDER BY card_id${indexed ? ` LIMIT ${CARD_SEARCH_PREFIX}` : ''}) c
       CROSS JOIN LATERAL (SELECT hp_name_key(c.holder_name, NULL) AS key OFFSET 0) holder
       ${CARD_JOINS} $1
     WHERE (c.card_id = upper($2) OR ${PERSON_MATCH} OR ${holderNameMatch('holder.key')}) AND ${CARD_FILTERS}
     ORDER BY c.card_id LIMIT $7`, values)).rows;
    if (indexed && rows.length <= s.limit) {
      // The matched cards whole, so that the page is cut from them alone (joined back to the table by key, the planner
      // can walk the whole key in order to meet a few).
      rows = (await pool.query<RawCard>(`WITH hit AS MATERIALIZED (
         SELECT c.* FROM medcards c WHERE c.card_id = upper($2)
         UNION SELECT c.* FROM users u JOIN medcards c ON c.holder_user_id = u.id WHERE ${PERSON_MATCH}
         UNION SELECT c.* FROM medcards c WHERE ${holderNameMatch('hp_holder_name_key(c.holder_name)')})
       SELECT ${CARD_COLUMNS}
       FROM (SELECT * FROM hit c WHERE ${CARD_FILTERS} ORDER BY c.card_id LIMIT $7) c
         ${CARD_JOINS} $1
       ORDER BY c.card_id`, values)).rows;
    }
  }
  const items = rows.slice(0, s.limit).map(card);
  return { items, nextCursor: rows.length > s.limit ? (items.at(-1)?.cardId ?? null) : null };
}

/**
 * Cards on which this national ID is the holder's or a member's (active or removed), matched by its keyed hash:
 * exact match only, and the ID itself never reaches SQL.
 */
export async function findMedCardsByNationalId(pool: Pool, nationalId: string, month: string): Promise<MedCardRow[]> {
  const res = await pool.query<RawCard>(
    `${CARD_SELECT} WHERE c.card_id IN (SELECT card_id FROM medcard_beneficiaries WHERE national_id_hash = $2) ORDER BY c.issued_at DESC LIMIT 50`,
    [month, hashNationalId(nationalId)],
  );
  return res.rows.map(card);
}

/** A member as queries return them: the national ID masked (the full value only through `revealBeneficiaryNationalId`). */
export type BeneficiaryRow = Omit<BeneficiaryDoc, 'version' | 'nationalId'> & { nationalIdMasked: string };

// A named statement: parsed and planned once per connection (every card page reads it).
const MEMBERS_OF_CARD = {
  name: 'hp_card_members',
  text: `SELECT card_id AS "cardId", beneficiary_id AS "beneficiaryId", relationship, name, national_id_masked AS "nationalIdMasked",
       date_of_birth::text AS "dateOfBirth", gender, mobile, status, added_at AS "addedAt", removed_at AS "removedAt",
       updated_at AS "updatedAt"
     FROM medcard_beneficiaries WHERE card_id = $1 AND ($2 OR status = 'active')
     ORDER BY relationship = 'self' DESC, added_at, beneficiary_id`,
};

/** Members of a card, the holder first; removed members only when asked for. */
export async function listBeneficiaries(pool: Pool, cardId: string, opts: { includeRemoved?: boolean } = {}): Promise<BeneficiaryRow[]> {
  const res = await pool.query<BeneficiaryRow>({ ...MEMBERS_OF_CARD, values: [cardId, opts.includeRemoved ?? false], types: isoInstantTypes });
  return res.rows.map(memberOf);
}

// The card's holder and its members in one statement: no row when the card does not exist, one row of nulls
// for the member columns when it has none to show.
const MEMBERS_ORDER = `m.relationship = 'self' DESC, m."addedAt", m."beneficiaryId"`;
// Its instants come as their ISO text (`isoInstantTypes`): no Dates.
type MemberWithHolderRow = { holderUserId: string } & BeneficiaryRow;
const membersWithHolder = turnBatched<MemberWithHolderRow>({
  name: 'hp_card_members_with_holder',
  text: `SELECT c.holder_user_id AS "holderUserId", m.* FROM medcards c
     LEFT JOIN LATERAL (${MEMBERS_OF_CARD.text.replace('WHERE card_id = $1', 'WHERE card_id = c.card_id')}) m ON true
     WHERE c.card_id = $1
     ORDER BY ${MEMBERS_ORDER}`,
  types: isoInstantTypes,
}, {
  // The reads of one event-loop turn (`turnBatched`): `k.i` numbers the call each row answers.
  name: 'hp_cards_members_with_holder',
  text: `SELECT k.i::int AS "_i", c.holder_user_id AS "holderUserId", m.*
     FROM unnest($1::text[], $2::bool[]) WITH ORDINALITY k(card_id, include_removed, i) JOIN medcards c ON c.card_id = k.card_id
     LEFT JOIN LATERAL (${MEMBERS_OF_CARD.text.replace('WHERE card_id = $1 AND ($2 OR', 'WHERE card_id = c.card_id AND (k.include_removed OR')}) m ON true
     ORDER BY k.i, ${MEMBERS_ORDER}`,
  types: isoInstantTypes,
// The rows go only through `memberOf` (which copies the member's fields by name) and `holderUserId`: `_i` stays inside.
}, (r) => r);

/** `listBeneficiaries` with the card's holder, in one round trip: null when there is no such card. */
export async function listBeneficiariesWithHolder(
  pool: Pool, cardId: string, opts: { includeRemoved?: boolean } = {},
): Promise<{ holderUserId: string; members: BeneficiaryRow[] } | null> {
  const rows = await membersWithHolder(pool, [cardId, opts.includeRemoved ?? false]);
  const first = rows[0];
  if (!first) return null;
  return { holderUserId: first.holderUserId, members: first.beneficiaryId === null ? [] : rows.map(memberOf) };
}

// A member row read with its instants as text (`isoInstantTypes`), copied by name: spelled out rather than `{ ...r, … }`
// (V8's slow path for copying a row with null fields), and `_i` or `holderUserId` stay behind.
const memberOf = (r: BeneficiaryRow): BeneficiaryRow => ({
  cardId: r.cardId, beneficiaryId: r.beneficiaryId, relationship: r.relationship, name: r.name, nationalIdMasked: r.nationalIdMasked,
  dateOfBirth: r.dateOfBirth, gender: r.gender, mobile: r.mobile, status: r.status, addedAt: r.addedAt, removedAt: r.removedAt,
  updatedAt: r.updatedAt,
});

/** One member's national ID in clear, for an audited reveal (null when the card has no such member). */
export async function revealBeneficiaryNationalId(pool: Pool, cardId: string, beneficiaryId: string): Promise<string | null> {
  const res = await pool.query<{ v: string }>(
    'SELECT national_id_ciphertext AS v FROM medcard_beneficiaries WHERE card_id = $1 AND beneficiary_id = $2', [cardId, beneficiaryId]);
  const v = res.rows[0]?.v;
  return v === undefined ? null : isSealed(v) ? openNationalId(v) : v;
}
