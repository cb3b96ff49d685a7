import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeCursor, listCardClaimsWithHolder, listPrescriptionClaims } from '@healthpay/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHarness, type Harness } from '../../testing/harness';
import { cardWithEveryKindOfClaim } from '../../testing/claim-kinds';
import { claimPage } from './claim.schemas';
import { claimViewOf } from './claim-result';

/**
 * `claims.byCard` answers from each claim's stored answer (`prescription_claims.answer`) instead of the row's columns
 * and its lines mapped by `claimViewOf` and checked by the output schema. The same data must give the same bytes:
 * every kind of claim (approved, partial, rejected as a whole, one line rejected, an override used, reversed), each
 * page, and rows whose answer the migration wrote from their columns.
 */
let h: Harness;
let cardId: string;
beforeAll(async () => {
  h = await apiHarness();
  cardId = await cardWithEveryKindOfClaim(h);
});
afterAll(() => h.close());

/** What the procedure answered before: the row's columns and lines (`listPrescriptionClaims`), `claimViewOf`, the output schema. */
async function before(limit: number, cursor?: string) {
  const page = await listPrescriptionClaims(h.services.pool, { cardId, limit, cursor: cursor === undefined ? undefined : (decodeCursor(cursor) ?? undefined) });
  return JSON.stringify(claimPage.parse({ items: page.items.map(claimViewOf), nextCursor: page.nextCursor }));
}

async function pages(limit: number): Promise<[string, string][]> {
  const omar = await h.as('u-omar');
  const out: [string, string][] = [];
  let cursor: string | undefined;
  do {
    const now = await omar.claims.byCard({ cardId, limit, ...(cursor === undefined ? {} : { cursor }) });
    out.push([JSON.stringify(now), await before(limit, cursor)]);
    cursor = now.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return out;
}

describe('claims.byCard from the stored answers', () => {
  it('answers byte for byte as from the columns and lines, on one page and page by page', async () => {
    const all = await pages(20);
    expect(all).toHaveLength(1);
    const [now, was] = all[0] as [string, string];
    expect(now).toBe(was);
    const statuses = (JSON.parse(now) as { items: { status: string; lines: { rejection: unknown }[]; overridesUsed: unknown[] }[] }).items;
    expect(statuses.map((c) => c.status)).toEqual(expect.arrayContaining(['approved', 'rejected', 'reversed']));
    expect(statuses.some((c) => c.lines.some((l) => l.rejection !== null))).toBe(true);
    expect(statuses.some((c) => c.overridesUsed.length > 0)).toBe(true);
    for (const [n, w] of await pages(2)) expect(n).toBe(w);
  });

  it('is the shape the output schema gives (the stored answer needs no reshaping)', async () => {
    const raw = await listCardClaimsWithHolder(h.services.pool, cardId, { limit: 20 });
    const page = { items: raw.items, nextCursor: raw.nextCursor };
    expect(JSON.stringify(page)).toBe(JSON.stringify(claimPage.parse(page)));
  });

  it('answers the same from rows whose answer the migration wrote', async () => {
    const projected = await pages(20);
    const sql = await readFile(path.resolve(__dirname, '../../../../db/prisma/migrations/20261206230000_claim_answer/migration.sql'), 'utf8');
    await h.services.pool.query('ALTER TABLE prescription_claims ALTER COLUMN answer DROP NOT NULL');
    await h.services.pool.query('UPDATE prescription_claims SET answer = NULL WHERE card_id = $1', [cardId]);
    await h.services.pool.query(sql);
    expect(await pages(20)).toEqual(projected);
  });
});
