import { describe, expect, it } from 'vitest';
import { messageParity } from './message-parity';

describe('messageParity', () => {
  it('finds missing keys, other arguments and Latin Arabic', () => {
    expect(messageParity(
      { a: 'أ {name}', b: { c: 'Hello' }, only: 'ع' },
      { a: 'A {nom}', b: { c: 'Hello' }, d: 'D' },
    )).toEqual({ missing: ['d', 'only'], placeholders: ['a'], untranslated: ['b.c'] });
  });

  it('reads plural arguments, not their branches', () => {
    expect(messageParity(
      { n: '{count, plural, one {دواء واحد} other {# دواء}}' },
      { n: '{count, plural, one {one medicine} other {# medicines}}' },
    )).toEqual({ missing: [], placeholders: [], untranslated: [] });
  });
});
