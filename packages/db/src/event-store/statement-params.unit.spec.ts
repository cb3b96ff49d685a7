import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { arrayLiteral, JSON_SEPARATOR, jsonList } from './statement-params';

// pg's own encoder of a JS array parameter: what the statement received before (the oracle).
const pgArray = createRequire(import.meta.url)('pg/lib/utils').prepareValue as (v: unknown) => string;

describe('commit statement parameters', () => {
  it('an array literal is the one pg would send, for plain, quoted, escaped, empty and null elements', () => {
    const cases: (string | number | null)[][] = [
      [],
      ['a', 'b-c', '7f1c0c1e-7c39-4b8e-9a59-0c3f0e8f9d11'],
      ['say "hi"', 'back\\slash', '\\"', 'NULL', '', '{,}', ' spaced ', 'عربي', JSON_SEPARATOR],
      [null, 'x', null],
      [0, 1, 42, -3],
      ['2026-12-06T10:00:00.000Z', null],
    ];
    for (const values of cases) expect(arrayLiteral(values)).toBe(pgArray(values));
  });

  it('JSON documents joined by a separator JSON.stringify never writes, even for text holding that character', () => {
    const docs = [{ a: `x${JSON_SEPARATOR}y`, q: '"\\' }, {}, ['\u0000', '\u001f'], 'plain'].map((d) => JSON.stringify(d));
    for (const d of docs) expect(d.includes(JSON_SEPARATOR)).toBe(false);
    expect(jsonList(docs).split(JSON_SEPARATOR)).toEqual(docs);
    expect(jsonList([])).toBe('');
  });
});
