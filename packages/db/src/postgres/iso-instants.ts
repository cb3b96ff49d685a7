import pg from 'pg';

const TIMESTAMPTZ = 1184;
// What Postgres writes for a timestamptz in UTC with DateStyle ISO: `2026-12-07 07:55:41.12+00` (trailing zeros of the
// fraction dropped, no fraction for a whole second).
const UTC_TEXT = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d)(?:\.(\d{1,6}))?\+00$/;

/**
 * A timestamptz's text as the driver's Date would give it through `toISOString()`, without the Date: the UTC text
 * rearranged (milliseconds to three digits, further digits cut off as a Date does), anything else (another
 * session time zone or DateStyle, years outside 0000–9999, BC, infinity) through the driver's own parser and
 * `toISOString()` as before.
 */
export function isoInstantOf(text: string): string {
  const m = UTC_TEXT.exec(text);
  if (!m) return (pg.types.getTypeParser(TIMESTAMPTZ, 'text')(text) as Date).toISOString();
  const ms = m[3] === undefined ? '000' : m[3].length >= 3 ? m[3].slice(0, 3) : m[3].padEnd(3, '0');
  return `${m[1]}T${m[2]}.${ms}Z`;
}

/**
 * A query's `types`: timestamptz columns arrive as their ISO text (`isoInstantOf`), every other type as the pool
 * parses it. For reads that answer instants as text: the driver's date parsing and the Date's `toISOString()` were a
 * good part of a history page's CPU.
 */
export const isoInstantTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === TIMESTAMPTZ && format !== 'binary' ? isoInstantOf : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
};
