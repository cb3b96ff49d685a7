import { cairoDay, cairoMonth } from '../shared/cairo-time';
import type { Piasters } from '../shared/money';
import type { Spend } from './state';

/** Nothing spent yet, anchored to the Cairo day/month of `at`. */
export const emptySpend = (at: string): Spend => ({ day: cairoDay(at), dayTotal: 0, month: cairoMonth(at), monthTotal: 0 });

/** Totals only count while the recorded Cairo day/month is still the current one. */
export const spentToday = (spend: Spend, nowIso: string): Piasters => (spend.day === cairoDay(nowIso) ? spend.dayTotal : 0);

export const spentThisMonth = (spend: Spend, nowIso: string): Piasters =>
  spend.month === cairoMonth(nowIso) ? spend.monthTotal : 0;

/** Adds money that left the wallet at `at`, rolling the day/month over when the Cairo calendar moved on. */
export const recordSpend = (spend: Spend, at: string, amount: Piasters): Spend => ({
  day: cairoDay(at),
  dayTotal: spentToday(spend, at) + amount,
  month: cairoMonth(at),
  monthTotal: spentThisMonth(spend, at) + amount,
});
