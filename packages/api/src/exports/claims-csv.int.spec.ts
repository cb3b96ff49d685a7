import { demoMedCards } from '@healthpay/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHarness, type Harness } from '../testing/harness';
import { claimsCsv, type ClaimsCsvLabels } from './claims-csv';

/*
 * The counter's claim search and its CSV export: only the caller's own pharmacy's claims, whatever is asked.
 * Seeded claims: El Ezaby (u-pharmacist) RX-DEMO-1001 for Ahmed (أحمد حسن), RX-DEMO-1003 for his wife and RX-DEMO-2001
 * for Omar Khaled; Seif (u-pharmacist-seif) RX-DEMO-1002 for Ahmed's son (يوسف أحمد).
 */
let h: Harness;
const AHMED_CARD = demoMedCards.ahmed.cardId;
const ezabyRx = 'RX-DEMO-2001';

beforeAll(async () => {
  h = await apiHarness();
  await h.project();
});
afterAll(() => h.close());

const labels: ClaimsCsvLabels = {
  header: {
    decidedAt: 'Decided', prescriptionId: 'Prescription', cardNumber: 'Card', patient: 'Patient', status: 'Status',
    submitted: 'Total', copay: 'Patient paid', copayPaidFrom: 'Paid from', benefit: 'Card pays', currency: 'Currency',
  },
  status: { approved: 'Approved', partial: 'Partial', rejected: 'Rejected' },
  paidFrom: { wallet: 'Wallet', cash: 'Cash' },
  truncated: 'More claims: narrow the search',
};
const seif = () => h.as('u-pharmacist-seif');
const ezaby = () => h.as('u-pharmacist');
const ids = (page: { items: { prescriptionId: string }[] }) => page.items.map((c) => c.prescriptionId);

async function csvOf(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
}

describe('claims.search', () => {
  it('answers only the caller’s pharmacy’s claims, newest first', async () => {
    const own = await (await seif()).claims.search({ limit: 100 });
    expect(own.items.length).toBeGreaterThan(0);
    expect(own.items.filter((c) => c.pharmacyId !== 'ph-seif-smouha')).toEqual([]);
    expect(ids(own)).toContain('RX-DEMO-1002');
    expect(ids(own)).not.toContain('RX-DEMO-1001');
  });

  it('never finds another pharmacy’s claim, by card, prescription or patient', async () => {
    const s = await seif();
    expect(ids(await s.claims.search({ cardNumber: AHMED_CARD }))).toEqual(['RX-DEMO-1002']);
    expect(ids(await s.claims.search({ prescriptionId: 'RX-DEMO-1001' }))).toEqual([]);
    expect(ids(await s.claims.search({ prescriptionId: ezabyRx }))).toEqual([]);
    expect(ids(await s.claims.search({ patientName: 'Omar' }))).toEqual([]);
  });

  it('matches a prescription id by its start and a patient by part of the name, in any case', async () => {
    const e = await ezaby();
    expect(ids(await e.claims.search({ prescriptionId: 'rx-demo-100' }))).toEqual(['RX-DEMO-1003', 'RX-DEMO-1001']);
    expect(ids(await e.claims.search({ patientName: 'mAR kha' }))).toEqual([ezabyRx]);
    // Arabic: Ahmed himself at El Ezaby; his son (يوسف أحمد) was served by Seif.
    expect(ids(await e.claims.search({ patientName: 'أحمد' }))).toEqual(['RX-DEMO-1001']);
    expect(ids(await e.claims.search({ patientName: 'Omar', status: 'rejected' }))).toEqual([]);
    // A typed % or _ is a character, not a wildcard.
    expect(ids(await e.claims.search({ prescriptionId: '%' }))).toEqual([]);
    expect(ids(await e.claims.search({ patientName: '_' }))).toEqual([]);
  });

  it('takes the card number as typed (spaces, Arabic digits), refusing a typo as VALIDATION_FAILED', async () => {
    const e = await ezaby();
    const spaced = `${AHMED_CARD.slice(3, 7)} ${AHMED_CARD.slice(7)}`.replace(/\d/g, (d) => String.fromCharCode(0x660 + Number(d)));
    expect(ids(await e.claims.search({ cardNumber: spaced }))).toEqual(['RX-DEMO-1003', 'RX-DEMO-1001']);
    const typo = `${AHMED_CARD.slice(0, -1)}${(Number(AHMED_CARD.at(-1)) + 1) % 10}`;
    await expect(e.claims.search({ cardNumber: typo })).rejects.toMatchObject({ code: 'BAD_REQUEST', cause: { code: 'VALIDATION_FAILED' } });
  });

  it('pages by cursor without repeating a claim', async () => {
    const e = await ezaby();
    const first = await e.claims.search({ limit: 1 });
    expect(first.nextCursor).not.toBeNull();
    const second = await e.claims.search({ limit: 1, cursor: first.nextCursor ?? undefined });
    expect(ids(second)).not.toEqual(ids(first));
  });
});

describe('the CSV export', () => {
  it('is the caller’s own claims only, with a BOM, pounds with 2 decimals and a currency column', async () => {
    const s = await seif();
    const expected = ids(await s.claims.search({ limit: 100 }));
    const csv = await csvOf(await claimsCsv((cursor) => s.claims.search({ cursor, limit: 1 }), labels));
    expect(csv.startsWith('\uFEFFDecided,Prescription,Card,Patient,Status,Total,Patient paid,Paid from,Card pays,Currency\r\n')).toBe(true);
    const rows = csv.slice(1).trimEnd().split('\r\n').slice(1);
    expect(rows.map((r) => r.split(',')[1])).toEqual(expected);
    expect(csv).not.toContain('RX-DEMO-1001');
    expect(csv).not.toContain(ezabyRx);
    for (const r of rows) expect(r).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2},.*,\d+\.\d{2},\d+\.\d{2},[^,]*,\d+\.\d{2},EGP$/);
  });

  it('searched for another pharmacy’s claim, holds the header only', async () => {
    const s = await seif();
    const csv = await csvOf(await claimsCsv((cursor) => s.claims.search({ cursor, prescriptionId: ezabyRx }), labels));
    expect(csv.slice(1).split('\r\n').filter(Boolean)).toHaveLength(1);
  });

  it('is refused before any byte for someone not signed in, or not a pharmacist', async () => {
    for (const caller of [await h.as(null), await h.as('u-ahmed'), await h.as('u-admin')]) {
      await expect(claimsCsv((cursor) => caller.claims.search({ cursor }), labels)).rejects.toMatchObject({ code: expect.stringMatching(/UNAUTHORIZED|FORBIDDEN/) });
    }
  });

  it('stops at maxRows and says so on its last line', async () => {
    const e = await ezaby();
    const csv = await csvOf(await claimsCsv((cursor) => e.claims.search({ cursor, limit: 1 }), labels, 1));
    expect(csv.slice(1).trimEnd().split('\r\n')).toHaveLength(3);
    expect(csv.trimEnd().endsWith(labels.truncated)).toBe(true);
  });
});
