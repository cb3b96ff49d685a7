/**
 * ISO-8601 instants as the domain receives them (strings). Comparisons go through epoch millis so
 * that '…T10:00Z' and '…T12:00+02:00' compare equal, which plain string comparison would not do.
 */
const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** True for a full date-time with an explicit offset (Z or ±hh:mm) naming a real calendar date. */
export const isIsoInstant = (value: string): boolean => {
  const m = ISO_INSTANT.exec(value);
  if (!m || Number.isNaN(Date.parse(value))) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Date.parse silently rolls 2026-02-30 over to March; reject such dates explicitly.
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
};

/** Epoch milliseconds of an ISO instant. */
export const instantMs = (iso: string): number => Date.parse(iso);

/** True when `a` is at or before `b`. */
export const isAtOrBefore = (a: string, b: string): boolean => instantMs(a) <= instantMs(b);
