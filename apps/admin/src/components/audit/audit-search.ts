import type { RouterInputs } from '@healthpay/api';
import { addDaysTo, cairoEndOfDay } from '@healthpay/ui';

/** The filter form's fields, exactly as they appear in the URL (empty when not used). */
export interface AuditFilters {
  actorId: string;
  action: string;
  aggregateId: string;
  /** Cairo calendar days, YYYY-MM-DD; `to` is inclusive. */
  from: string;
  to: string;
}

export type AuditSearch = {
  filters: AuditFilters;
  /** Why the query was not sent (a date by hand in the URL): a message key (audit.filters.*) per field. */
  errors: Partial<Record<'from' | 'to', 'dateFormat' | 'endBeforeStart'>>;
  input: RouterInputs['audit']['list'] | null;
};

type SearchParams = Record<string, string | string[] | undefined>;

const FIELDS = ['actorId', 'action', 'aggregateId', 'from', 'to'] as const;
const PAGE_SIZE = 50;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim().slice(0, 200) ?? '';
const isDay = (v: string) => DAY.test(v) && addDaysTo(v, 0) === v;
/** The first instant of a Cairo day (the API's `from` is inclusive, its `to` exclusive). */
const cairoStartOf = (day: string) => new Date(Date.parse(cairoEndOfDay(addDaysTo(day, -1))) + 1000);

/** The URL's search params → the form's values and the `audit.list` input (null when a date is invalid). */
export function parseAuditSearch(params: SearchParams): AuditSearch {
  const filters = Object.fromEntries(FIELDS.map((f) => [f, one(params[f])])) as unknown as AuditFilters;
  const errors: AuditSearch['errors'] = {};
  if (filters.from && !isDay(filters.from)) errors.from = 'dateFormat';
  if (filters.to && !isDay(filters.to)) errors.to = 'dateFormat';
  else if (filters.from && filters.to && !errors.from && filters.to < filters.from) errors.to = 'endBeforeStart';
  if (errors.from || errors.to) return { filters, errors, input: null };

  const cursor = one(params.cursor);
  return {
    filters,
    errors,
    input: {
      ...(filters.actorId && { actorId: filters.actorId }),
      ...(filters.action && { action: filters.action }),
      ...(filters.aggregateId && { aggregateId: filters.aggregateId }),
      ...(filters.from && { from: cairoStartOf(filters.from) }),
      ...(filters.to && { to: cairoStartOf(addDaysTo(filters.to, 1)) }),
      // A cursor mangled by hand starts again from the newest entry rather than failing.
      ...(/^\d{1,18}$/.test(cursor) && { cursor }),
      limit: PAGE_SIZE,
    },
  };
}

/** The audit page's URL for these filters (only the ones in use), optionally from a cursor on. */
export function auditHref(filters: Partial<AuditFilters>, cursor?: string): string {
  const sp = new URLSearchParams();
  for (const f of FIELDS) if (filters[f]) sp.set(f, filters[f]);
  if (cursor) sp.set('cursor', cursor);
  const qs = sp.toString();
  return qs ? `/audit?${qs}` : '/audit';
}

export const hasFilters = (filters: AuditFilters) => FIELDS.some((f) => filters[f] !== '');
