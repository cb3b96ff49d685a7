import type { RouterInputs } from '@healthpay/api';

type SearchInput = RouterInputs['claims']['search'];
export type SearchStatus = NonNullable<SearchInput['status']>;
export const SEARCH_STATUSES: readonly SearchStatus[] = ['approved', 'partial', 'rejected', 'reversed'];

/**
 * A claim search as the URL carries it (`?card=…&rx=…&patient=…&status=…&from=…&to=…`): the search page, its
 * "Load more" and the CSV export all read the same parameters, so a shared link or the back button shows the same claims.
 */
export interface ClaimSearch {
  card?: string;
  rx?: string;
  patient?: string;
  status?: SearchStatus;
  from?: string;
  to?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const text = (v: string | null, max: number) => {
  const t = v?.trim().slice(0, max);
  return t ? t : undefined;
};

/** The search in a URL's parameters; anything malformed (a bad day, an unknown status) is left out, not refused. */
export function searchFromParams(params: { get(name: string): string | null }): ClaimSearch {
  const status = params.get('status');
  const day = (name: string) => {
    const v = params.get(name);
    return v && DAY.test(v) ? v : undefined;
  };
  const search: ClaimSearch = {
    card: text(params.get('card'), 40),
    rx: text(params.get('rx'), 100),
    patient: text(params.get('patient'), 100),
    status: SEARCH_STATUSES.find((s) => s === status),
    from: day('from'),
    to: day('to'),
  };
  return Object.fromEntries(Object.entries(search).filter(([, v]) => v !== undefined)) as ClaimSearch;
}

/** The URL parameters of a search (empty fields left out), in a fixed order. */
export function searchToParams(s: ClaimSearch): URLSearchParams {
  const p = new URLSearchParams();
  for (const key of ['card', 'rx', 'patient', 'status', 'from', 'to'] as const) {
    const v = s[key]?.trim();
    if (v) p.set(key, v);
  }
  return p;
}

export const hasSearch = (s: ClaimSearch): boolean => searchToParams(s).size > 0;

/** The `claims.search` input for a search (the cursor and page size are the caller's). */
export const searchInput = (s: ClaimSearch): Omit<SearchInput, 'cursor' | 'limit'> => ({
  cardNumber: s.card, prescriptionId: s.rx, patientName: s.patient, status: s.status, from: s.from, to: s.to,
});
