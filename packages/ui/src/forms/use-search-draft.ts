'use client';

import { useMemo } from 'react';

/**
 * A URL search form: `applied` is the search the URL holds (read by `read`). The fields are uncontrolled (`name`
 * and `defaultValue`), so what is typed before the page has hydrated is kept, not reset by React; the form is
 * remounted under `formKey` whenever the URL's search changes (Back and Forward move through searches), and
 * `draftOf` reads what the form holds when it is submitted.
 */
export function useSearchDraft<P, S extends { [K in keyof S]?: string }>(params: P, read: (params: P) => S) {
  const applied = useMemo(() => read(params), [params, read]);
  const formKey = useMemo(() => JSON.stringify(applied), [applied]);
  /** A text input or select bound to one key of the search. */
  const field = (key: keyof S & string) => ({ name: key, defaultValue: applied[key] ?? '' });
  /** The search the form holds (empty fields left out). */
  const draftOf = (form: HTMLFormElement): S => {
    const draft: Record<string, string> = {};
    for (const [key, value] of new FormData(form)) if (typeof value === 'string' && value !== '') draft[key] = value;
    return draft as S;
  };
  return { applied, formKey, field, draftOf };
}
