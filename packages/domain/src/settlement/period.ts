import { addDays } from '../egypt/calendar-date';

/** How long a settlement statement runs: a Cairo calendar week (Saturday to Friday) or a calendar month. */
export type SettlementPeriodKind = 'week' | 'month';

/** A statement's period: Cairo calendar dates, both inclusive. */
export interface SettlementPeriod {
  kind: SettlementPeriodKind;
  start: string;
  end: string;
}

const SATURDAY = 6;

const weekday = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay();

/** The period containing a Cairo calendar date ('YYYY-MM-DD'). */
export function periodOf(date: string, kind: SettlementPeriodKind): SettlementPeriod {
  if (kind === 'week') {
    const start = addDays(date, -((weekday(date) - SATURDAY + 7) % 7));
    return { kind, start, end: addDays(start, 6) };
  }
  const start = `${date.slice(0, 7)}-01`;
  const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  const firstOfNext = m === 12 ? `${y + 1}-01-01` : `${date.slice(0, 4)}-${String(m + 1).padStart(2, '0')}-01`;
  return { kind, start, end: addDays(firstOfNext, -1) };
}

/** The period right after `period`. */
export const nextPeriod = (period: SettlementPeriod): SettlementPeriod => periodOf(addDays(period.end, 1), period.kind);

/**
 * A statement's id, derived from the pharmacy and the period, so every event for that pharmacy and period lands in
 * the same statement without a lookup: `stl-w-2026-12-05-<pharmacyId>` (w: week, m: month). URL-safe when the
 * pharmacy id is.
 */
export const settlementIdOf = (pharmacyId: string, period: SettlementPeriod): string =>
  `stl-${period.kind === 'week' ? 'w' : 'm'}-${period.start}-${pharmacyId}`;

/** The statement's event stream. */
export const settlementStreamId = (settlementId: string): string => `settlement:${settlementId}`;
