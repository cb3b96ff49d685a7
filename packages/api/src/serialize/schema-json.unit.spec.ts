import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { historyPage, historyPageText } from '../routers/wallet/history-page';
import { serializePlain } from './plain-superjson';
import { jsonWriterOf } from './schema-json';

/** What an answer went out as before a writer: the output schema's copy, walked for superjson, stringified. */
const asParsed = (schema: z.ZodType, value: unknown) => JSON.stringify(serializePlain(schema.parse(value)));
const asWritten = (schema: z.ZodType, value: unknown) => {
  const text = jsonWriterOf(schema)(value);
  return text === undefined ? undefined : `{"json":${text}}`;
};

const line = (over: Record<string, unknown> = {}) => ({
  eventId: '00000000-0000-4000-8000-000000000007', walletId: 'w-1', version: 7, kind: 'capture', amount: -1_500,
  balanceAfter: 9_007_199_254_740_991, reference: 'a "quoted" \\ ref\twith عربي, 😀, \u0001, \u2028 and a lone \ud800',
  counterpartyWalletId: null, counterpartyName: null, counterpartyNameAr: 'منى', occurredAt: '2026-12-02T10:00:00.100Z',
  copay: { pharmacyName: 'El Ezaby', pharmacyNameAr: 'العزبي', prescriptionId: 'rx:77' }, copayRefund: null, ...over,
});

const pages: [string, unknown][] = [
  ['a history page', { items: [line(), line({ kind: 'credit', copay: null, copayRefund: { pharmacyName: 'S', pharmacyNameAr: 'س', prescriptionId: 'r' } })], nextCursor: 6 }],
  ['an empty page', { items: [], nextCursor: null }],
  ['keys in another order, and keys the schema does not have', { nextCursor: null, extra: new Date(0), items: [{ zzz: undefined, ...line(), copay: { prescriptionId: 'p', pharmacyNameAr: 'a', pharmacyName: 'n', x: 1 } }] }],
  ['a line read through getters', { items: [Object.defineProperties({}, Object.fromEntries(Object.entries(line()).map(([k, v]) => [k, { get: () => v, enumerable: false }])))], nextCursor: -3 }],
];

const refusedLines: [string, Record<string, unknown>][] = [
  ['a kind outside the enum', { kind: 'refund' }],
  ['a fraction', { amount: 1.5 }],
  ['an unsafe integer', { balanceAfter: 2 ** 53 }],
  ['NaN', { version: Number.NaN }],
  ['a number as text', { amount: '100' }],
  ['a missing field', { reference: undefined }],
  ['a Date for an instant', { occurredAt: new Date(0) }],
  ['null where the schema has no null', { eventId: null }],
  ['an array for an object', { copay: [] }],
  ['a copay missing its prescription', { copay: { pharmacyName: 'n', pharmacyNameAr: 'a' } }],
];

describe('jsonWriterOf', () => {
  it.each(pages)('writes what the schema, superjson and JSON.stringify write: %s', (_name, value) => {
    expect(asWritten(historyPage, value)).toBe(asParsed(historyPage, value));
  });

  it.each(refusedLines)('writes nothing where the schema refuses: %s', (_name, over) => {
    const value = { items: [line(over)], nextCursor: null };
    expect(historyPage.safeParse(value).success).toBe(false);
    expect(asWritten(historyPage, value)).toBeUndefined();
  });

  it('writes nothing for -0, which the schema takes and superjson annotates', () => {
    const value = { items: [line({ amount: -0 })], nextCursor: null };
    expect(historyPage.safeParse(value).success).toBe(true);
    expect(asParsed(historyPage, value)).toContain('"meta"');
    expect(asWritten(historyPage, value)).toBeUndefined();
  });

  it('writes every UTF-16 code unit, alone and between others, and surrogate pairs, as JSON.stringify does', () => {
    const write = jsonWriterOf(z.string());
    for (let c = 0; c <= 0xffff; c++) {
      const s = String.fromCharCode(c);
      expect(write(s)).toBe(JSON.stringify(s));
      expect(write(`a${s}b`)).toBe(JSON.stringify(`a${s}b`));
    }
    for (const s of ['😀', 'x😀y', '\ud83d', '\ude00x', '\ude00\ud83d']) expect(write(s)).toBe(JSON.stringify(s));
  });

  it.each([
    ['a string with a length bound', z.string().max(3)],
    ['a uuid', z.uuid()],
    ['a number that may be a fraction', z.number()],
    ['an integer with a bound', z.int().positive()],
    ['a Date', z.date()],
    ['an optional field', z.object({ a: z.string().optional() })],
    ['a strict object', z.strictObject({ a: z.string() })],
    ['a transform', z.string().transform((s) => s.length)],
    ['a refined object', z.object({ a: z.string() }).refine(() => true)],
    ['a union', z.union([z.string(), z.int()])],
  ])('refuses, when made, a schema it does not follow: %s', (_name, schema) => {
    expect(() => jsonWriterOf(schema)).toThrow(/jsonWriterOf/);
  });
});

describe("historyPageText (wallet.history's page, history-page.ts)", () => {
  const kinds = ['credit', 'debit', 'capture', 'transfer_in', 'transfer_out'];
  const lines = kinds.flatMap((kind, k) => [
    line({ kind, copay: null }),
    line({ kind, reference: 'plain', counterpartyNameAr: null, copay: null }),
    line({ kind, version: k, reference: `bench ${k}`, counterpartyWalletId: 'w-2', counterpartyName: 'Mona', counterpartyNameAr: null, copay: null }),
    line({ kind, copay: null, copayRefund: { pharmacyName: 'Seif', pharmacyNameAr: 'سيف', prescriptionId: 'rx-"1"' } }),
  ]);
  const cases: [string, unknown][] = [
    ...pages,
    ['every kind of line', { items: lines, nextCursor: 1 }],
    ...refusedLines.map(([name, over]): [string, unknown] => [`a line the schema refuses: ${name}`, { items: [line(), line(over)], nextCursor: null }]),
    ['-0', { items: [line({ amount: -0 })], nextCursor: null }],
    ['a line that is null', { items: [line(), null], nextCursor: null }],
    ['a line that is an array', { items: [[]], nextCursor: null }],
    ['a line that is text', { items: ['{}'], nextCursor: null }],
    ['items that are not an array', { items: { 0: line(), length: 1 }, nextCursor: null }],
    ['no items', { nextCursor: null }],
    ['a fraction for the cursor', { items: [line()], nextCursor: 1.5 }],
    ['no cursor', { items: [line()] }],
  ];
  it.each(cases)("gives jsonWriterOf(historyPage)'s text, or nothing where it gives nothing: %s", (_name, value) => {
    expect(historyPageText(value as never)).toBe(jsonWriterOf(historyPage)(value));
  });

  it('writes every kind of line as the schema, superjson and JSON.stringify do', () => {
    const value = { items: lines, nextCursor: 1 };
    expect(`{"json":${historyPageText(value)}}`).toBe(asParsed(historyPage, value));
  });
});
