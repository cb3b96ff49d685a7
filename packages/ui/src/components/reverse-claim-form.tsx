'use client';

import { useState, type FormEvent, type ReactNode } from 'react';
import { Button } from './button';
import { SelectField, TextAreaField } from './field';
import { Notice } from './notice';

/** The reversal reason codes the API accepts (`claimReversalReasons` in the domain). */
export const CLAIM_REVERSAL_REASONS = ['WRONG_CARD', 'PATIENT_LEFT', 'WRONG_DRUGS', 'DUPLICATE_ENTRY', 'OTHER'] as const;
export type ClaimReversalReasonCode = (typeof CLAIM_REVERSAL_REASONS)[number];

export interface ReverseClaimText {
  open: string;
  heading: string;
  reason: string;
  reasons: Record<ClaimReversalReasonCode, string>;
  note: string;
  noteHint: string;
  noteRequired: string;
  /** What the reversal will do (benefit back, copay refunded), said before the person confirms. */
  consequences: ReactNode;
  review: string;
  confirmQuestion: string;
  confirm: string;
  back: string;
  cancel: string;
}

/**
 * "Reverse claim": a reason (and a note, required for OTHER), then an explicit confirmation. The caller runs
 * the mutation (`claims.reverse` at the counter, `claims.staffReverse` for staff) and shows its error.
 */
export function ReverseClaimForm({ text, pending, error, onReverse }: {
  text: ReverseClaimText;
  pending: boolean;
  error?: ReactNode;
  onReverse: (reason: ClaimReversalReasonCode, note: string | undefined) => void;
}) {
  const [step, setStep] = useState<'closed' | 'reason' | 'confirm'>('closed');
  const [reason, setReason] = useState<ClaimReversalReasonCode>('PATIENT_LEFT');
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | null>(null);

  if (step === 'closed') {
    return (
      <Button variant="secondary" onClick={() => setStep('reason')}>
        {text.open}
      </Button>
    );
  }
  const review = (e: FormEvent) => {
    e.preventDefault();
    if (reason === 'OTHER' && note.trim() === '') return setNoteError(text.noteRequired);
    setNoteError(null);
    setStep('confirm');
  };
  return (
    <section aria-labelledby="reverse-heading" className="space-y-3 rounded-2xl border border-amber-200 bg-amber-50/50 p-4">
      <h2 id="reverse-heading" className="font-semibold text-slate-900">
        {text.heading}
      </h2>
      {step === 'reason' ? (
        <form onSubmit={review} className="space-y-3">
          <SelectField label={text.reason} value={reason} onChange={(e) => setReason(e.target.value as ClaimReversalReasonCode)}>
            {CLAIM_REVERSAL_REASONS.map((code) => (
              <option key={code} value={code}>
                {text.reasons[code]}
              </option>
            ))}
          </SelectField>
          <TextAreaField label={text.note} hint={text.noteHint} error={noteError ?? undefined} maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
          <div className="flex flex-wrap gap-2">
            <Button type="submit">{text.review}</Button>
            <Button variant="secondary" onClick={() => setStep('closed')}>
              {text.cancel}
            </Button>
          </div>
        </form>
      ) : (
        <div className="space-y-3">
          <Notice tone="warning" title={text.confirmQuestion}>
            {text.consequences}
          </Notice>
          <p className="text-sm text-slate-700">
            {text.reason}: {text.reasons[reason]}
            {note.trim() ? ` · ${note.trim()}` : ''}
          </p>
          {error ? <Notice tone="error">{error}</Notice> : null}
          <div className="flex flex-wrap gap-2">
            <Button variant="danger" loading={pending} onClick={() => onReverse(reason, note.trim() || undefined)}>
              {text.confirm}
            </Button>
            <Button variant="secondary" disabled={pending} onClick={() => setStep('reason')}>
              {text.back}
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}
