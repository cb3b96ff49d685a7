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

const cairoParts = (iso: string): { year: string; month: string; day: string } => {
  const ms = Date.parse(iso);
  // A bad instant here is a caller bug (meta.now is supplied by infrastructure), not a domain rejection.
  if (Number.isNaN(ms)) throw new RangeError(`Not an ISO instant: ${iso}`);
  const parts = cairoCalendar.formatToParts(ms);
  const part = (type: Intl.DateTimeFormatPartTypes): string => {
    const found = parts.find((p) => p.type === type);
    if (!found) throw new RangeError(`Intl returned no ${type} for ${iso}`);
    return found.value;
  };
  return { year: part('year'), month: part('month'), day: part('day') };
};

/** 'YYYY-MM-DD' of the instant in Africa/Cairo. */
export const cairoDay = (iso: string): string => {
  const { year, month, day } = cairoParts(iso);
  return `${year}-${month}-${day}`;
};

/** 'YYYY-MM' of the instant in Africa/Cairo. */
export const cairoMonth = (iso: string): string => {
  const { year, month } = cairoParts(iso);
  return `${year}-${month}`;
};
