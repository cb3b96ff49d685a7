import { choiceOf } from '../lists/filter-form';

/** Allowed values per filter, e.g. `{ status: ['active', 'closed'] }`. */
export type FilterChoices = Record<string, readonly string[]>;
/** The filters chosen: each one of its allowed values, or absent (all). */
export type ChosenFilters<C extends FilterChoices> = { [K in keyof C]?: C[K][number] };

/** The filters in a URL's query, keeping only allowed values. */
export function filtersFrom<C extends FilterChoices>(choices: C, params: Pick<URLSearchParams, 'get'>): ChosenFilters<C> {
  const chosen: Partial<Record<keyof C, string>> = {};
  for (const name of Object.keys(choices) as (keyof C & string)[]) {
    const value = choiceOf(choices[name] ?? [], params.get(name));
    if (value !== undefined) chosen[name] = value;
  }
  return chosen as ChosenFilters<C>;
}

/** The query string for a search: `q` then the filters, empty values left out ("" when there is nothing). */
export function searchQueryString(query: string, filters: Record<string, string | undefined>): string {
  const sp = new URLSearchParams();
  if (query.trim()) sp.set('q', query.trim());
  for (const [name, value] of Object.entries(filters)) if (value) sp.set(name, value);
  const qs = sp.toString();
  return qs ? `?${qs}` : '';
}
