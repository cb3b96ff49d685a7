/**
 * Parameters of the commit statement, encoded here rather than by pg (docs/benchmarks.md, `npm run bench` run 8).
 * pg turns a JS array into an array literal by running two regex replacements over every element, and the JSON
 * documents (full of quotes) come out escaped; the commit statement carries ~25 such arrays per batch.
 */

/** The separator of `jsonList`: JSON.stringify escapes every control character, so no document contains it. */
export const JSON_SEPARATOR = '\u001e';

/**
 * A Postgres text[] (or int[], uuid[], timestamptz[]) literal, the same one pg would send: every element quoted,
 * backslashes and quotes escaped only where there are any, NULL for null.
 */
export function arrayLiteral(values: readonly (string | number | null)[]): string {
  let out = '{';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) out += ',';
    const v = values[i];
    if (v === null || v === undefined) out += 'NULL';
    else if (typeof v === 'number') out += `"${v}"`;
    else out += NEEDS_ESCAPE.test(v) ? `"${v.replace(ESCAPED, '\\$&')}"` : `"${v}"`;
  }
  return `${out}}`;
}

const NEEDS_ESCAPE = /["\\]/;
const ESCAPED = /["\\]/g;

/**
 * JSON documents as one text, split in SQL by `string_to_array($n, E'\x1e')`: nothing to escape on either side.
 * Every value must be JSON.stringify's output (never undefined).
 */
export const jsonList = (docs: readonly string[]): string => docs.join(JSON_SEPARATOR);
