'use client';

import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { cn } from '../cn';

const control =
  'block w-full rounded-xl border bg-white px-3 text-slate-900 placeholder:text-slate-400 shadow-xs ' +
  'focus:outline-2 focus:outline-offset-0 focus:outline-teal-600 disabled:bg-slate-100';

interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
}

function useFieldIds(id?: string) {
  const auto = useId();
  const base = id ?? auto;
  return { id: base, hintId: `${base}-hint`, errorId: `${base}-error` };
}

function Frame({ ids, label, hint, error, children }: FieldProps & { ids: ReturnType<typeof useFieldIds>; children: ReactNode }) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={ids.id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {children}
      {hint && !error ? (
        <p id={ids.hintId} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={ids.errorId} className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

const describedBy = (ids: ReturnType<typeof useFieldIds>, p: FieldProps) =>
  p.error ? ids.errorId : p.hint ? ids.hintId : undefined;

/** A labelled input with hint and error text wired up for assistive technology. */
export function TextField({ label, hint, error, id, className, ...input }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  const ids = useFieldIds(id);
  return (
    <Frame ids={ids} label={label} hint={hint} error={error}>
      <input
        id={ids.id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(ids, { label, hint, error })}
        className={cn(control, 'h-11', error ? 'border-red-500' : 'border-slate-300', className)}
        {...input}
      />
    </Frame>
  );
}

export function SelectField({ label, hint, error, id, className, children, ...select }: FieldProps & SelectHTMLAttributes<HTMLSelectElement>) {
  const ids = useFieldIds(id);
  return (
    <Frame ids={ids} label={label} hint={hint} error={error}>
      <select
        id={ids.id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(ids, { label, hint, error })}
        className={cn(control, 'h-11', error ? 'border-red-500' : 'border-slate-300', className)}
        {...select}
      >
        {children}
      </select>
    </Frame>
  );
}

export function TextAreaField({ label, hint, error, id, className, ...area }: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const ids = useFieldIds(id);
  return (
    <Frame ids={ids} label={label} hint={hint} error={error}>
      <textarea
        id={ids.id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(ids, { label, hint, error })}
        className={cn(control, 'py-2', error ? 'border-red-500' : 'border-slate-300', className)}
        {...area}
      />
    </Frame>
  );
}

/**
 * Input settings by what is typed, so a kind of value behaves the same on every screen: references (card,
 * licence, prescription, drug codes, IBANs) read left to right with no autofill or spellcheck; amounts and
 * counts bring up the number keypad. Spread into a field: `<TextField label=… {...inputKinds.amount} />`.
 */
export const inputKinds = {
  reference: { dir: 'ltr', autoComplete: 'off', spellCheck: false },
  amount: { inputMode: 'decimal', autoComplete: 'off' },
  count: { inputMode: 'numeric', autoComplete: 'off' },
} as const;
