/**
 * Calendar of Africa/Cairo, where debit limits are counted. Egypt observes DST again since 2023,
 * so the offset is not fixed: we let Intl (tz database) resolve it. The result depends only on the
 * input instant, so this stays pure.
 */
const cairoCalendar = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Africa/Cairo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

interface CairoDate {
  /** 'YYYY-MM-DD' */
  day: string;
  /** 'YYYY-MM' */
  month: string;
}

const HOUR_MS = 3_600_000;
const MAX_HOURS = 2_048;
/** The last instant a Date can hold. */
const MAX_MS = 8.64e15;

/**
 * Cairo dates by UTC hour (`floor(ms / 1 h)`), only for hours whose first and last millisecond fall on the same
 * Cairo day (Cairo's midnights and DST changes fall on whole UTC hours, so that is every hour of the tz database;
 * an hour where the date changed inside would be stored as null and answered per instant). The local date only
 * moves forward within an hour (DST ends at 24:00 → 23:00 of the same day), so equal ends mean the whole hour.
 * `formatToParts` was a few percent of a debit's CPU: decide and evolve ask four times per command.
 */
const byHour = new Map<number, CairoDate | null>();

const exactly = (ms: number, iso: string): CairoDate => {
  const parts = cairoCalendar.formatToParts(ms);
  const part = (type: Intl.DateTimeFormatPartTypes): string => {
    const found = parts.find((p) => p.type === type);
    if (!found) throw new RangeError(`Intl returned no ${type} for ${iso}`);
    return found.value;
  };
  const month = `${part('year')}-${part('month')}`;
  return { day: `${month}-${part('day')}`, month };
};

/** The last instant asked and its date: a command asks about the same `meta.now` four times (decide, evolve, answer). */
let last: { iso: string; date: CairoDate } | undefined;

const cairoDate = (iso: string): CairoDate => {
  if (last?.iso === iso) return last.date;
  const date = cairoDateOf(iso);
  last = { iso, date };
  return date;
};

const cairoDateOf = (iso: string): CairoDate => {
  const ms = Date.parse(iso);
  // A bad instant here is a caller bug (meta.now is supplied by infrastructure), not a domain rejection.
  if (Number.isNaN(ms)) throw new RangeError(`Not an ISO instant: ${iso}`);
  const hour = Math.floor(ms / HOUR_MS);
  let known = byHour.get(hour);
  if (known === undefined) {
    const first = exactly(hour * HOUR_MS, iso);
    known = exactly(Math.min(hour * HOUR_MS + HOUR_MS - 1, MAX_MS), iso).day === first.day ? first : null;
    // Commands ask about the current hour; replays walk history in order: a small map, emptied when full.
    if (byHour.size >= MAX_HOURS) byHour.clear();
    byHour.set(hour, known);
  }
  return known ?? exactly(ms, iso);
};

/** 'YYYY-MM-DD' of the instant in Africa/Cairo. */
export const cairoDay = (iso: string): string => cairoDate(iso).day;

/** 'YYYY-MM' of the instant in Africa/Cairo. */
export const cairoMonth = (iso: string): string => cairoDate(iso).month;
