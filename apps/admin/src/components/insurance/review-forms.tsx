'use client';

import { insuranceRejectionReasons } from '@healthpay/domain';
import { formatMoney, parseAmount, piastersToDecimal, SelectField, TextAreaField, TextField, useFieldErrors } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { usePageLocale } from '@/i18n/error-text';
import { DecisionForm } from './decision-form';
import { useInsuranceLabels } from './insurance-text';
import type { Claim, useReview } from './use-review';

type Props = { claim: Claim; review: ReturnType<typeof useReview>; onCancel: () => void };
type Reason = (typeof insuranceRejectionReasons)[number];

/** Approve, possibly for less than claimed. */
export function ApproveForm({ claim, review, onCancel }: Props) {
  const t = useTranslations('insurance.review');
  const locale = usePageLocale();
  const [amount, setAmount] = useState(() => piastersToDecimal(claim.amount));
  const fields = useFieldErrors(['amount'], review.edited);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const p = parseAmount(amount);
    if (!p.ok) return fields.valid({ amount: t('amountInvalid') });
    if (p.piasters > claim.amount) return fields.valid({ amount: t('amountTooHigh', { amount: formatMoney(claim.amount, locale) }) });
    review.send({ cardId: claim.cardId, claimId: claim.claimId, decision: 'approve', approvedAmount: p.piasters }, t('approved', { amount: formatMoney(p.piasters, locale) }));
  };
  return (
    <DecisionForm label={t('approveLabel')} confirm={t('confirmApprove')} pending={review.pending} onSubmit={submit} onCancel={onCancel}>
      <div className="sm:w-64">
        <TextField
          label={t('approvedAmount')}
          inputMode="decimal"
          hint={t('approvedAmountHint', { amount: formatMoney(claim.amount, locale) })}
          {...fields.bind('amount', amount, setAmount)}
        />
      </div>
    </DecisionForm>
  );
}

/** Reject: the reviewer picks the reason every time (none is pre-selected); "Other" needs a note. */
export function RejectForm({ claim, review, onCancel }: Props) {
  const t = useTranslations('insurance.review');
  const labels = useInsuranceLabels();
  const [reason, setReason] = useState<Reason | ''>('');
  const [note, setNote] = useState('');
  const { errors: error, valid, changed } = useFieldErrors(['reason', 'note'], review.edited);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (reason === '') return valid({ reason: t('reasonRequired') });
    if (reason === 'OTHER' && note.trim() === '') return valid({ note: t('otherNeedsNote') });
    review.send({ cardId: claim.cardId, claimId: claim.claimId, decision: 'reject', reason, ...(note.trim() && { note: note.trim() }) }, t('rejected'));
  };
  return (
    <DecisionForm label={t('rejectLabel')} confirm={t('confirmReject')} danger pending={review.pending} onSubmit={submit} onCancel={onCancel}>
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label={t('reason')}
          value={reason}
          error={error.reason}
          onChange={(e) => changed(setReason)(insuranceRejectionReasons.find((r) => r === e.target.value) ?? '')}
        >
          <option value="" disabled>
            {t('chooseReason')}
          </option>
          {insuranceRejectionReasons.map((r) => (
            <option key={r} value={r}>
              {labels.rejection(r)}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          label={reason === 'OTHER' ? t('note') : t('noteOptional')}
          rows={2}
          maxLength={1000}
          error={error.note}
          value={note}
          onChange={(e) => changed(setNote)(e.target.value)}
        />
      </div>
    </DecisionForm>
  );
}

/** Return to whoever filed it, saying what to correct. */
export function ReturnForm({ claim, review, onCancel }: Props) {
  const t = useTranslations('insurance.review');
  const [note, setNote] = useState('');
  const fields = useFieldErrors(['note'], review.edited);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (note.trim() === '') return fields.valid({ note: t('correctionRequired') });
    review.send({ cardId: claim.cardId, claimId: claim.claimId, decision: 'return', note: note.trim() }, t('returned'));
  };
  return (
    <DecisionForm label={t('returnLabel')} confirm={t('confirmReturn')} pending={review.pending} onSubmit={submit} onCancel={onCancel}>
      <TextAreaField
        label={t('whatToCorrect')}
        rows={2}
        maxLength={1000}
        hint={t('whatToCorrectHint')}
        {...fields.bind('note', note, setNote)}
      />
    </DecisionForm>
  );
}
