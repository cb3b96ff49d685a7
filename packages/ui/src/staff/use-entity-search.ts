'use client';

import { useEffect, useState } from 'react';
import { filtersFrom, searchQueryString, type ChosenFilters, type FilterChoices } from './search-params';

/** How long typing must pause before the search runs. */
export const SEARCH_DEBOUNCE_MS = 300;

export interface EntitySearchState<C extends FilterChoices> {
  typed: string;
  setTyped: (text: string) => void;
  /** The query to run: what was typed, once typing paused or the form was submitted. */
  query: string;
  filters: ChosenFilters<C>;
  setFilter: <K extends keyof C & string>(name: K, value: string) => void;
  submit: () => void;
  /** Writes the search into the URL (call just before a result is opened, so Back returns to it). */
  remember: () => void;
  choices: C;
}

/**
 * The state of a staff search, started from the URL's `q` and filters (invalid values ignored). The URL is
 * written only when a result is opened: changing it while a navigation is under way cancels the navigation.
 */
export function useEntitySearch<C extends FilterChoices>(choices: C, params: Pick<URLSearchParams, 'get'>): EntitySearchState<C> {
  const [typed, setTyped] = useState(params.get('q') ?? '');
  const [query, setQuery] = useState(typed.trim());
  const [filters, setFilters] = useState<ChosenFilters<C>>(() => filtersFrom(choices, params));

  useEffect(() => {
    const id = setTimeout(() => setQuery(typed.trim()), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(id);
  }, [typed]);

  return {
    typed,
    setTyped,
    query,
    filters,
    choices,
    setFilter: (name, value) => setFilters((f) => ({ ...f, [name]: choices[name]?.includes(value) ? value : undefined })),
    submit: () => setQuery(typed.trim()),
    remember: () => {
      const qs = searchQueryString(typed, filters as Record<string, string | undefined>);
      window.history.replaceState(null, '', qs || window.location.pathname);
    },
  };
}
