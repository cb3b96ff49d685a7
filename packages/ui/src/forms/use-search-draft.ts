'use client';

import { useEffect, useMemo, useState } from 'react';

/**
 * A URL search form's state: `applied` is the search the URL holds (read by `read`), `draft` what is being
 * typed. Back and Forward move through searches, so the draft follows the URL whenever it changes.
 */
export function useSearchDraft<P, S extends { [K in keyof S]?: string }>(params: P, read: (params: P) => S) {
  const applied = useMemo(() => read(params), [params, read]);
  const [draft, setDraft] = useState<S>(applied);
  useEffect(() => setDraft(applied), [applied]);
  /** A text input or select bound to one key of the draft. */
  const field = (key: keyof S & string) => ({
    value: draft[key] ?? '',
    onChange: (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: e.target.value })),
  });
  return { applied, draft, field };
}
