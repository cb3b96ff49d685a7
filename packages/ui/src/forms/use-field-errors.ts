'use client';

import { useState } from 'react';

/** What is wrong with each field, in the page's language; a field without an entry is fine. */
export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/**
 * A form's field errors. `onEdit` runs on every edit (e.g. renew the Idempotency-Key: a corrected
 * submission is a new one). `fields` only types the errors.
 */
export function useFieldErrors<F extends string>(_fields: readonly F[] | undefined, onEdit?: () => void) {
  const [errors, setErrors] = useState<FieldErrors<F>>({});

  /** After an edit: without `field` every error goes (the edit may fix a cross-field rule), else only its own. */
  const edited = (field?: F) => {
    setErrors((er) => (field === undefined ? {} : { ...er, [field]: undefined }));
    onEdit?.();
  };
  /** A setter that also counts as an edit of the whole form. */
  const changed = <T>(set: (v: T) => void) => (v: T) => {
    set(v);
    edited();
  };
  /** A text input's value, error and change handler; typing clears that field's error. */
  const bind = (field: F, value: string, set: (v: string) => void) => ({
    value,
    error: errors[field],
    onChange: (e: { target: { value: string } }) => {
      set(e.target.value);
      edited(field);
    },
  });
  /** Shows the problems found before sending; true when there are none. */
  const valid = (found: FieldErrors<F>) => {
    setErrors(found);
    return Object.values(found).every((v) => v === undefined);
  };
  return { errors, setErrors, edited, changed, bind, valid };
}
