/**
 * Structural equality of JSON-like values (what commands and events carry): same primitives, arrays equal
 * element by element, objects equal key by key whatever the key order. A key holding `undefined` counts as
 * absent, as it would after a JSON round trip through the event store.
 */
export const sameValue = (a: unknown, b: unknown): boolean => {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  const left = definedEntries(a);
  const right = definedEntries(b);
  if (left.length !== right.length) return false;
  return left.every(([key, value]) => Object.hasOwn(b, key) && sameValue(value, (b as Record<string, unknown>)[key]));
};

const definedEntries = (value: object): [string, unknown][] => Object.entries(value).filter(([, v]) => v !== undefined);
