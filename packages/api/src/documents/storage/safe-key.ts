/**
 * Storage keys are `<folder>/<id>`: lowercase letters, digits and dashes only (no dots, slashes inside a part,
 * backslashes or percent signs), so no key is a path traversal on a filesystem or an odd S3 key.
 */
const KEY = /^[a-z][a-z0-9-]{0,31}\/[a-z0-9][a-z0-9-]{7,63}$/;

export const isSafeKey = (key: string): boolean => KEY.test(key);

export function assertSafeKey(key: string): string {
  if (!isSafeKey(key)) throw new Error(`unsafe storage key refused: ${JSON.stringify(key.slice(0, 80))}`);
  return key;
}

/** The key an uploaded insurance document is stored under. */
export const documentKey = (documentId: string): string => assertSafeKey(`insurance/${documentId.toLowerCase()}`);
