import type { ReactNode, SelectHTMLAttributes } from 'react';
import { Button } from '../components/button';
import { Card } from '../components/card';
import { SelectField } from '../components/field';
import { cn } from '../cn';

/**
 * A list's filters as a plain GET form: submitting puts them in the URL (shareable, the back button works).
 * `stateKey` (the current query string) resets the fields when the URL changes.
 */
export function UrlFilterForm({ action, label, submit, stateKey, className, children }: {
  action: string;
  /** The form's accessible name. */
  label: string;
  submit: string;
  stateKey: string;
  /** Grid columns of the fields and the button. */
  className?: string;
  children: ReactNode;
}) {
  return (
    <Card>
      <form key={stateKey} method="get" action={action} role="search" aria-label={label} className={cn('grid gap-3 sm:items-end', className)}>
        {children}
        <Button type="submit">{submit}</Button>
      </form>
    </Card>
  );
}

/** A select of choices, led (with `all`) by an "all" (or "choose…") option with the empty value. */
export function ChoiceField<V extends string>({ label, all, allValue = '', choices, choiceLabel, ...select }: SelectHTMLAttributes<HTMLSelectElement> & {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  all?: string;
  allValue?: string;
  choices: readonly V[];
  choiceLabel: (choice: V) => string;
}) {
  return (
    <SelectField label={label} {...select}>
      {all === undefined ? null : <option value={allValue}>{all}</option>}
      {choices.map((c) => (
        <option key={c} value={c}>
          {choiceLabel(c)}
        </option>
      ))}
    </SelectField>
  );
}

/** The URL's value when it is one of the choices. */
export const choiceOf = <V extends string>(choices: readonly V[], value: string | null | undefined): V | undefined =>
  choices.find((c) => c === value);
