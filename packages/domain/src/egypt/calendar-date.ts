/**
 * Civil dates as 'YYYY-MM-DD' strings (birth dates, refill dates). They carry no time zone: callers derive
 * "today" with cairoDay(meta.now). Arithmetic goes through Date.UTC so month lengths and leap years are right.
 */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** 'YYYY-MM-DD' of a UTC calendar day. */
const format = (ms: number): string => {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
};

/** True when year/month/day name a real day (2026-02-29 does not). */
export const isCalendarDate = (year: number, month: number, day: number): boolean => {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const probe = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC reads years 0–99 as 1900–1999; the round trip below then fails, which is the right answer here.
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
};

/** 'YYYY-MM-DD' for a valid date, undefined otherwise. */
export const calendarDate = (year: number, month: number, day: number): string | undefined =>
  isCalendarDate(year, month, day) ? `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` : undefined;

const parts = (date: string): [number, number, number] => {
  const m = DATE.exec(date);
  if (!m) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
};

/** The date `days` calendar days after `date`. */
export const addDays = (date: string, days: number): string => {
  const [year, month, day] = parts(date);
  return format(Date.UTC(year, month - 1, day + days));
};

/**
 * Age in completed years on `onDate`. Someone born on 29 February becomes a year older on 1 March in
 * common years, because the birthday has not been reached while '02-28' < '02-29'.
 */
export const ageOn = (birthDate: string, onDate: string): number => {
  const [by] = parts(birthDate);
  const [oy] = parts(onDate);
  const birthdayReached = onDate.slice(5) >= birthDate.slice(5);
  return oy - by - (birthdayReached ? 0 : 1);
};
