import { describe, expect, it } from 'vitest';
import { changesOf } from './execute';

const one = (before: unknown, after: unknown) => changesOf(['s'], new Map([['s', { state: before }]]), new Map([['s', { state: after }]]));

describe('changesOf (a staff command\'s audit "changes")', () => {
  it('lists the top-level scalar fields that differ, in the order of the state before, then the new ones', () => {
    const changes = one({ status: 'active', balance: 10, tier: 'gold', holds: {} }, { balance: 9, status: 'suspended', tier: 'gold', holds: { h: 1 }, closedAt: 'x' });
    expect(Object.keys(changes)).toEqual(['status', 'balance', 'closedAt']);
    expect(changes).toEqual({ status: { from: 'active', to: 'suspended' }, balance: { from: 10, to: 9 }, closedAt: { from: undefined, to: 'x' } });
  });

  it('reports a field that went away, and one held as undefined before, once', () => {
    expect(one({ a: 1, b: undefined }, { b: 2 })).toEqual({ a: { from: 1, to: undefined }, b: { from: undefined, to: 2 } });
    expect(Object.keys(one({ b: undefined, a: 1 }, { a: 1, b: 2 }))).toEqual(['b']);
  });

  it('leaves out nested records and fields that changed kind to or from one; null and booleans are scalars', () => {
    expect(one({ spend: { day: 1 }, flag: false, note: null }, { spend: 3, flag: true, note: 'n' })).toEqual({
      flag: { from: false, to: true },
      note: { from: null, to: 'n' },
    });
  });

  it('keys the changes by stream when a command wrote several; no state at all is no change', () => {
    const before = new Map([['a', { state: { n: 1 } }], ['b', { state: { n: 1 } }]]);
    const after = new Map([['a', { state: { n: 2 } }], ['b', { state: { n: 1 } }]]);
    expect(changesOf(['a', 'b'], before, after)).toEqual({ a: { n: { from: 1, to: 2 } }, b: {} });
    expect(changesOf(['x'], new Map(), new Map())).toEqual({});
  });
});
