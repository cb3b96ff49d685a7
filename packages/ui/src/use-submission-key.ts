'use client';

import { useCallback, useRef } from 'react';
import { newUuid } from './idempotency';

/**
 * One key per user action: `key()` returns the same value until `reset()`, so a retry of the same
 * submission (after a timeout or a dropped connection) is recognised by the server and not applied twice.
 * Call `reset()` when the action succeeded or the person changed what they are submitting.
 */
export function useSubmissionKey(): { key: () => string; reset: () => void } {
  const ref = useRef<string | null>(null);
  const key = useCallback(() => (ref.current ??= newUuid()), []);
  const reset = useCallback(() => {
    ref.current = null;
  }, []);
  return { key, reset };
}
