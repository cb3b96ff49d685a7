import { PersistentMap } from '../shared/persistent-map';

/**
 * A deep copy of a state, to compare it with later: `structuredClone`, except that a PersistentMap (whose entries
 * are in a private field that structuredClone does not see) is copied as a PersistentMap of copied entries.
 */
export const snapshotOf = <T>(value: T): T => {
  if (value instanceof PersistentMap) return PersistentMap.of([...value].map(([k, v]) => [snapshotOf(k), snapshotOf(v)] as const)) as T;
  if (Array.isArray(value)) return value.map(snapshotOf) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, snapshotOf(v)])) as T;
  }
  return structuredClone(value);
};
