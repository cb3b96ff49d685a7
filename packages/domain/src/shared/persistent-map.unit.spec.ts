import { describe, expect, it } from 'vitest';
import { lcg } from '../testing/prng';
import { PersistentMap } from './persistent-map';

/** What a version must hold: a Map copied and set, as the card's records were built before. */
const entriesOf = <K, V>(m: ReadonlyMap<K, V>) => [...m.entries()];

describe('PersistentMap', () => {
  it('sets like a copied Map and leaves the version it came from as it was', () => {
    const empty = PersistentMap.of<string, number>();
    const a = empty.set('a', 1);
    const ab = a.set('b', 2);
    const aB = ab.set('a', 3);
    expect(entriesOf(empty)).toEqual([]);
    expect(entriesOf(a)).toEqual([['a', 1]]);
    expect(entriesOf(ab)).toEqual([['a', 1], ['b', 2]]);
    // An existing key keeps its place in the order, as Map#set does.
    expect(entriesOf(aB)).toEqual([['a', 3], ['b', 2]]);
    expect([ab.get('a'), aB.get('a'), a.get('b'), a.has('b'), ab.has('b'), empty.size, aB.size]).toEqual([1, 3, undefined, false, true, 0, 2]);
  });

  it('keeps every version of a branching history, in its own insertion order, whatever order they are read in', () => {
    const r = lcg(17);
    const keys = ['a', 'b', 'c', 'd', 'e', 'f', 'constructor', '__proto__'];
    const versions: { map: PersistentMap<string, number>; model: Map<string, number> }[] = [{ map: PersistentMap.of(), model: new Map() }];
    for (let step = 0; step < 3_000; step++) {
      // Most steps extend the newest version (a command path, a replay); the others fork an older one or read one.
      const from = r.chance(3, 4) ? versions.length - 1 : r.int(versions.length);
      const v = versions[from]!;
      if (r.chance(1, 10)) {
        const cut = r.pick(keys);
        versions.push({ map: v.map.without((_, k) => k <= cut), model: new Map([...v.model].filter(([k]) => !(k <= cut))) });
      } else if (r.chance(1, 5)) {
        expect(entriesOf(v.map)).toEqual(entriesOf(v.model));
      } else {
        const key = r.pick(keys);
        versions.push({ map: v.map.set(key, step), model: new Map(v.model).set(key, step) });
      }
      const check = versions[r.int(versions.length)]!;
      const key = r.pick(keys);
      expect([check.map.get(key), check.map.has(key), check.map.size]).toEqual([check.model.get(key), check.model.has(key), check.model.size]);
    }
    for (const v of [...versions].reverse()) expect(entriesOf(v.map)).toEqual(entriesOf(v.model));
    for (const v of versions) {
      expect([...v.map.keys()]).toEqual([...v.model.keys()]);
      expect([...v.map.values()]).toEqual([...v.model.values()]);
    }
  });

  it('iterates a copy: reading another version of the same history meanwhile does not change what an open iterator yields', () => {
    const one = PersistentMap.of([['a', 1]]);
    const two = one.set('b', 2);
    const seen: [string, number][] = [];
    for (const entry of two) {
      seen.push(entry);
      expect(one.get('b')).toBeUndefined();
    }
    expect(seen).toEqual([['a', 1], ['b', 2]]);
    const each: string[] = [];
    two.forEach((v, k, map) => each.push(`${k}=${v}:${map === two}`));
    expect(each).toEqual(['a=1:true', 'b=2:true']);
  });

  it('compares equal (toEqual) to another version with the same entries in the same order, not with other ones', () => {
    const x = PersistentMap.of<string, number>().set('a', 1).set('b', 2);
    const y = PersistentMap.of([['a', 0]]).set('a', 1).set('b', 2);
    expect(x).toEqual(y);
    expect(x).not.toEqual(PersistentMap.of([['b', 2], ['a', 1]]));
    expect(x).not.toEqual(x.set('b', 3));
  });
});
