import superjson from 'superjson';
import { describe, expect, it } from 'vitest';
import { serializePlain } from './plain-superjson';

const same = (value: unknown) => expect(JSON.stringify(serializePlain(value))).toBe(JSON.stringify(superjson.serialize(value)));

const wallet = () => ({
  walletId: 'w-1', ownerId: 'u-1', ownerName: null, status: 'active', balance: 12_345, held: 0,
  openedAt: new Date('2026-01-02T03:04:05.678Z'), updatedAt: new Date('2026-02-03T04:05:06.789Z'),
});

describe('serializePlain writes what superjson.serialize writes', () => {
  it.each([
    ['a wallet list', () => [wallet(), wallet()]],
    ['a page without Dates', () => ({ items: [{ a: 1, lines: [{ b: 'x', c: null, d: true }] }], nextCursor: null })],
    ['primitives at the root', () => 'text'],
    ['null at the root', () => null],
    ['an empty object and array', () => ({ a: {}, b: [] })],
    ['undefined values', () => ({ a: undefined, b: [undefined, 1], c: { d: undefined } })],
    ['keys with dots and backslashes', () => ({ 'a.b': new Date(0), 'c\\d': { 'e.f\\': new Date(1) } })],
    ['integer-like keys after nested ones', () => ({ z: { x: new Date(0) }, 7: new Date(1), '01': new Date(2) })],
    ['an array mixing Dates and objects holding Dates', () => [{ x: new Date(0) }, new Date(1), [new Date(2), { y: undefined }], new Date(3)]],
    ['nested under integer-like keys', () => ({ 3: [{ 2: new Date(0), a: new Date(1) }], b: [new Date(2)] })],
    ['a null-prototype object', () => Object.assign(Object.create(null) as object, { a: new Date(5) })],
    ['deep nesting', () => ({ a: { b: { c: { d: [[[{ e: new Date(9) }]]] } } } })],
    ['Arabic and astral text', () => ({ name: 'أحمد حسن 🙂', n: 1.5, neg: -3 })],
  ])('%s', (_name, make) => same(make()));

  it.each([
    ['a Date at the root', () => new Date(0)],
    ['undefined at the root', () => undefined],
    ['the same Date twice (a referential equality)', () => { const d = new Date(0); return { a: d, b: d }; }],
    ['the same object twice', () => { const o = { x: 1 }; return [o, o]; }],
    ['NaN, Infinity and -0', () => ({ a: NaN, b: Infinity, c: -Infinity, d: -0 })],
    ['a Map, a Set, a bigint, a RegExp, an Error', () => ({ m: new Map([[1, 2]]), s: new Set([1]), b: 10n, r: /x/g, e: new Error('e') })],
    ['an invalid Date', () => ({ d: new Date('nope') })],
    ['a class instance', () => ({ c: new (class Point { x = 1; })() })],
    ['a sparse array', () => [1, , 3]], // eslint-disable-line no-sparse-arrays
    ['a URL', () => ({ u: new URL('https://example.eg/') })],
  ])('%s (handed to superjson)', (_name, make) => same(make()));

  it('agrees on 2,000 random trees of plain values and Dates', () => {
    let seed = 42;
    const rand = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const keys = ['a', 'b.c', '0', '12', 'x\\y', 'name', '3', 'z'];
    const tree = (depth: number): unknown => {
      const r = rand();
      if (depth > 4 || r < 0.3) return [1, 'text', null, true, undefined, new Date(Math.floor(rand() * 1e12)), 0][Math.floor(rand() * 7)];
      if (r < 0.6) return Array.from({ length: Math.floor(rand() * 4) }, () => tree(depth + 1));
      const o: Record<string, unknown> = {};
      for (let i = Math.floor(rand() * 5); i > 0; i--) o[keys[Math.floor(rand() * keys.length)] as string] = tree(depth + 1);
      return o;
    };
    for (let i = 0; i < 2_000; i++) {
      const t = tree(0);
      if (t === undefined || t instanceof Date) continue;
      same(t);
    }
  });
});
