'use client';

import { useState, type FormEvent } from 'react';
import { TextAreaField } from '../components/field';
import { checkedReason } from '../staff/reason';
import { FormActions } from './confirm-actions';

export interface ReasonConfirmText {
  /** The form's accessible name (the action, e.g. "Deactivate"). */
  title: string;
  /** What happens, said before confirming. */
  prompt: string;
  label: string;
  hint: string;
  tooShort: string;
  confirm: string;
  cancel: string;
}

/** The confirmation of a grave action on one row of a list: what happens, and why (the reason is audited). */
export function ReasonConfirm({ text, busy, onConfirm, onCancel }: { text: ReasonConfirmText; busy: boolean; onConfirm: (reason: string) => void; onCancel: () => void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = checkedReason(reason);
    if (checked === null) return setError(text.tooShort);
    onConfirm(checked);
  };
  return (
    <form noValidate role="alertdialog" aria-label={text.title} onSubmit={submit} className="space-y-3 rounded-xl border border-red-200 bg-red-50 p-3 text-start">
      <p className="text-sm text-red-900">{text.prompt}</p>
      <TextAreaField label={text.label} hint={text.hint} rows={2} maxLength={500} error={error} autoFocus value={reason}
        onChange={(e) => {
          setReason(e.target.value);
          setError(undefined);
        }} />
      <FormActions go={text.confirm} cancel={text.cancel} busy={busy} danger size="sm" onCancel={onCancel} />
    </form>
  );
}
