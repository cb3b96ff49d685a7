import { randomUUID } from 'node:crypto';
import { cardNumberOf, type Pool } from '@healthpay/db';

/** What `seedReadBench` wrote: the patients, each with one wallet and one card, and how many events. */
export interface ReadBenchData {
  users: string[];
  wallets: string[];
  cards: string[];
  events: number;
}

const META = `'{"actorId":"u-admin","operation":"bench"}'::jsonb`;
/** An ISO instant like the deciders write (`at`), `minutes` after `base`. */
const at = (base: string, minutes: string) =>
  `to_char((${base} + (${minutes}) * interval '1 minute') AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * Writes `patients` users, each holding one wallet (`walletEvents` events: opened, activated, credited, five copays
 * of the card's claims paid from the wallet, then debits) and one MedCard (`cardEvents` events: issued, activated, then approved prescription claims), straight
 * into the event store with INSERT … SELECT inside Postgres. Versions are interleaved across streams (every
 * stream's version 1, then every version 2, …) as a busy system's feed would be. The card events are copies of
 * the demo card HP-1000000255's first three events (written by the real decider in the seed), with the card
 * number, holder and prescription id replaced, so their shape is exactly what the projections read.
 */
export async function seedReadBench(pool: Pool, o: { patients: number; walletEvents: number; cardEvents: number }): Promise<ReadBenchData> {
  const users = Array.from({ length: o.patients }, (_, i) => `u-bench-${i}`);
  const wallets = users.map(() => randomUUID());
  const cards = users.map((_, i) => cardNumberOf(String(500_000_000 + i)));
  await pool.query(
    `INSERT INTO users (id, role, name, name_ar, locale) SELECT u, 'patient', 'Bench Patient ' || i, 'مريض ' || i, 'en'
     FROM unnest($1::text[]) WITH ORDINALITY AS x(u, i)`,
    [users],
  );
  const base = `(now() - interval '20 days')`;
  // Versions 4–13: the copays of five of the card's claims on its first page (RX-B-<cardEvents>, -2, -4, …) paid from
  // the wallet, a hold placed and captured for each (200 piasters, so the balances match the debits' 100 a version);
  // the last in the older reference form. The rest are debits.
  const copay = `(v BETWEEN 4 AND 13 AND $5::int - 2 * ((v - 4) / 2) >= 3)`;
  const rx = `'RX-B-' || ($5::int - 2 * ((v - 4) / 2))`;
  const holdId = `md5(w || ':' || ((v - 4) / 2))::uuid`;
  const wallet = await pool.query(
    `WITH tpl AS (SELECT event_data->'claim'->>'pharmacyId' AS pharmacy FROM events WHERE aggregate_id = 'HP-1000000255' AND version = 3)
     INSERT INTO events (event_id, aggregate_id, aggregate_type, event_type, version, event_data, metadata)
     SELECT gen_random_uuid(), w, 'wallet',
       CASE WHEN v = 1 THEN 'WalletOpened' WHEN v = 2 THEN 'WalletActivated' WHEN v = 3 THEN 'WalletCredited'
            WHEN ${copay} THEN CASE WHEN v % 2 = 0 THEN 'WalletHoldPlaced' ELSE 'WalletHoldCaptured' END ELSE 'WalletDebited' END,
       v,
       CASE WHEN v = 1 THEN jsonb_build_object('walletId', w, 'ownerId', u, 'currency', 'EGP',
              'dailyDebitLimit', 900000000000, 'monthlyDebitLimit', 900000000000, 'at', ${at(base, 'v')})
            WHEN v = 2 THEN jsonb_build_object('walletId', w, 'at', ${at(base, 'v')})
            WHEN v = 3 THEN jsonb_build_object('walletId', w, 'amount', 1000000000, 'reference', 'bench float',
              'balanceAfter', 1000000000, 'at', ${at(base, 'v')})
            WHEN ${copay} AND v % 2 = 0 THEN jsonb_build_object('walletId', w, 'holdId', ${holdId}, 'amount', 200,
              'expiresAt', '2099-01-01T00:00:00.000Z', 'pharmacyId', tpl.pharmacy, 'at', ${at(base, 'v')},
              'reference', CASE WHEN v = 12 THEN 'copay:' || c || ':' || ${rx} ELSE 'copay:' || c || ':' || tpl.pharmacy || ':' || ${rx} END)
            WHEN ${copay} THEN jsonb_build_object('walletId', w, 'holdId', ${holdId}, 'amount', 200, 'released', 0,
              'balanceAfter', 1000000000 - (v - 3) * 100, 'at', ${at(base, 'v')})
            ELSE jsonb_build_object('walletId', w, 'amount', 100, 'reference', 'bench ' || v,
              'balanceAfter', 1000000000 - (v - 3) * 100, 'at', ${at(base, 'v')}) END,
       ${META}
     FROM unnest($1::text[], $2::text[], $4::text[]) WITH ORDINALITY AS x(w, u, c, i), generate_series(1, $3::int) AS v, tpl
     ORDER BY v, i`,
    [wallets, users, o.walletEvents, cards, o.cardEvents],
  );
  const card = await pool.query(
    `WITH tpl AS (SELECT version, event_type, event_data::text AS d FROM events WHERE aggregate_id = 'HP-1000000255' AND version <= 3)
     INSERT INTO events (event_id, aggregate_id, aggregate_type, event_type, version, event_data, metadata)
     SELECT gen_random_uuid(), c, 'medcard', tpl.event_type, v,
       jsonb_set(replace(replace(replace(tpl.d, 'HP-1000000255', c), '"u-omar"', to_jsonb(u)::text), 'RX-DEMO-2001', 'RX-B-' || v)::jsonb,
         '{at}', to_jsonb(${at(`(now() - interval '${o.cardEvents + 10} minutes')`, 'v')})),
       ${META}
     FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS x(c, u, i), generate_series(1, $3::int) AS v
     JOIN tpl ON tpl.version = least(v, 3)
     ORDER BY v, i`,
    [cards, users, o.cardEvents],
  );
  await pool.query('ANALYZE events');
  if (card.rowCount !== o.patients * o.cardEvents || wallet.rowCount !== o.patients * o.walletEvents) throw new Error('the demo card HP-1000000255 lacks its first three events');
  return { users, wallets, cards, events: (wallet.rowCount ?? 0) + (card.rowCount ?? 0) };
}
