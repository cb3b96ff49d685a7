'use client';

import { useState, type FormEvent, type ReactNode } from 'react';
import { Button } from '../components/button';
import { Card } from '../components/card';
import { TextAreaField } from '../components/field';
import { checkedReason } from './reason';

/** One lifecycle action. With `reason` it first asks why and for a confirmation; without, it runs at once. */
export interface StatusAction<A extends string> {
  action: A;
  label: string;
  variant?: 'primary' | 'secondary' | 'danger';
  /** Red text on a secondary button: an action that ends something (close). */
  grave?: boolean;
  reason?: {
    /** Accessible name of the confirmation form, e.g. "Suspend wallet". */
    form: string;
    label: string;
    confirm: string;
    /** What the person should know before confirming. */
    note?: ReactNode;
  };
}

export interface StatusActionsText {
  title: string;
  /** Under the reason field, e.g. "Recorded in the audit trail." */
  reasonHint: string;
  reasonTooShort: string;
  cancel: string;
}

export interface StatusActionsProps<A extends string> {
  titleId: string;
  text: StatusActionsText;
  /** The actions the current status allows; none → `final` is shown. */
  actions: readonly StatusAction<A>[];
  final?: ReactNode;
  pending: boolean;
  /** Run the action; call `done` once it succeeded so the form closes. */
  onRun: (action: A, reason: string | undefined, done: () => void) => void;
  /** The reason changed: a corrected submission is a new one (fresh idempotency key). */
  onEdit?: () => void;
}

/** Status changes of one record: plain ones are buttons, the grave ones ask a reason and a confirmation. */
export function StatusActions<A extends string>({ titleId, text, actions, final, pending, onRun, onEdit }: StatusActionsProps<A>) {
  const [asking, setAsking] = useState<StatusAction<A> | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const close = () => {
    setAsking(null);
    setReason('');
    setError(undefined);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!asking) return;
    const checked = checkedReason(reason);
    if (checked === null) return setError(text.reasonTooShort);
    onRun(asking.action, checked, close);
  };

  return (
    <Card title={text.title} titleId={titleId}>
      {actions.length === 0 ? (
        <div className="text-sm text-slate-600">{final}</div>
      ) : asking?.reason ? (
        <form onSubmit={submit} className="space-y-3" aria-label={asking.reason.form}>
          <TextAreaField
            label={asking.reason.label}
            hint={text.reasonHint}
            error={error}
            rows={3}
            maxLength={500}
            value={reason}
            onChange={(e) => {
              setReason(e.target.value);
              setError(undefined);
              onEdit?.();
            }}
          />
          {asking.reason.note ? <p className="text-sm text-slate-600">{asking.reason.note}</p> : null}
          <div className="flex flex-wrap gap-2">
            <Button type="submit" variant="danger" loading={pending}>
              {asking.reason.confirm}
            </Button>
            <Button variant="secondary" disabled={pending} onClick={close}>
              {text.cancel}
            </Button>
          </div>
        </form>
      ) : (
        <div className="flex flex-wrap gap-2">
          {actions.map((a) => (
            <Button
              key={a.action}
              variant={a.variant ?? (a.reason ? 'secondary' : 'primary')}
              loading={pending && !a.reason}
              className={a.grave ? 'text-red-700' : undefined}
              onClick={() => (a.reason ? setAsking(a) : onRun(a.action, undefined, close))}
            >
              {a.label}
            </Button>
          ))}
        </div>
      )}
    </Card>
  );
}
