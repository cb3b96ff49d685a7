import { describe, expect, it } from 'vitest';
import { groupBy } from './group-by';

describe('groupBy', () => {
  it('groups by key keeping input order within each group', () => {
    const g = groupBy(['a1', 'b1', 'a2', 'c1', 'b2'], (s) => s[0] ?? '');
    expect([...g]).toEqual([['a', ['a1', 'a2']], ['b', ['b1', 'b2']], ['c', ['c1']]]);
  });
});
