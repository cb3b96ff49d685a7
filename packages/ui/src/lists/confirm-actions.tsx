'use client';

import { useState, type ReactNode } from 'react';
import { Button } from '../components/button';
import { Card } from '../components/card';
import { TextAreaField, TextField } from '../components/field';

/**
 * A form's two buttons: go ahead (submits the form, or runs `onGo`) and cancel (disabled while busy).
 */
export function FormActions({ go, cancel, busy, onCancel, onGo, danger = false, size }: {
  go: string;
  cancel: string;
  busy: boolean;
  onCancel: () => void;
  onGo?: () => void;
  danger?: boolean;
  size?: 'sm' | 'md';
}) {
  return (
    <div className="flex flex-wrap gap-2">
      <Button type={onGo ? 'button' : 'submit'} variant={danger ? 'danger' : 'primary'} size={size} loading={busy} onClick={onGo}>
        {go}
      </Button>
      <Button type="button" variant="secondary" size={size} disabled={busy} onClick={onCancel}>
        {cancel}
      </Button>
    </div>
  );
}

/** A two-column form's submit button, on a row of its own. */
export function SubmitRow({ label, busy }: { label: string; busy: boolean }) {
  return (
    <div className="sm:col-span-2">
      <Button type="submit" loading={busy}>
        {label}
      </Button>
    </div>
  );
}

/** One step of a record's lifecycle. With `input` it also asks for a text (a reason, a payout reference). */
export interface ConfirmAction<A extends string> {
  action: A;
  label: string;
  danger?: boolean;
  input?: { label: string; maxLength: number; multiline?: boolean };
}

/**
 * A record's next steps as buttons; choosing one shows what will happen (`prompt`) and, where needed, a
 * required text, then confirm or back. `onConfirm` gets the trimmed text and calls `done` once it succeeded.
 */
export function ConfirmActions<A extends string>({ title, titleId, actions, prompt, text, busy, onConfirm }: {
  title: string;
  titleId: string;
  actions: readonly ConfirmAction<A>[];
  prompt: (action: A) => ReactNode;
  text: { confirm: string; back: string; required: string };
  busy: boolean;
  onConfirm: (action: A, input: string | undefined, done: () => void) => void;
}) {
  const [chosen, setChosen] = useState<ConfirmAction<A> | null>(null);
  const [value, setValue] = useState('');
  const [missing, setMissing] = useState(false);
  if (actions.length === 0) return null;
  // A step starts with an empty text: a reason typed for another step must never be sent with this one.
  const choose = (c: ConfirmAction<A> | null) => {
    setChosen(c);
    setValue('');
    setMissing(false);
  };
  const confirm = (c: ConfirmAction<A>) => {
    if (c.input && !value.trim()) return setMissing(true);
    onConfirm(c.action, c.input ? value.trim() : undefined, () => choose(null));
  };
  const field = chosen?.input
    ? {
        label: chosen.input.label, maxLength: chosen.input.maxLength, value, error: missing ? text.required : undefined,
        onChange: (e: { target: { value: string } }) => {
          setValue(e.target.value);
          setMissing(false);
        },
      }
    : null;
  return (
    <Card title={title} titleId={titleId}>
      {chosen ? (
        <div className="space-y-3" role="group" aria-labelledby={titleId}>
          <p className="text-sm">{prompt(chosen.action)}</p>
          {field ? chosen.input?.multiline ? <TextAreaField rows={2} {...field} /> : <TextField {...field} /> : null}
          <FormActions go={text.confirm} cancel={text.back} busy={busy} danger={chosen.danger} onGo={() => confirm(chosen)} onCancel={() => choose(null)} />
        </div>
      ) : (
        <div className="flex flex-wrap gap-2">
          {actions.map((a) => (
            <Button key={a.action} variant={a.danger ? 'danger' : 'primary'} onClick={() => choose(a)}>{a.label}</Button>
          ))}
        </div>
      )}
    </Card>
  );
}
