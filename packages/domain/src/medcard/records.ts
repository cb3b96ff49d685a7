/**
 * Own-property access for the state's records: ids and drug codes come from outside, and a key such as
 * "constructor" must not resolve to an Object.prototype member.
 */
export const own = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

/** Copy of `record` without `key` (never mutates the previous state's record). */
export const without = <T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> => {
  const { [key]: _removed, ...rest } = record;
  return rest;
};
