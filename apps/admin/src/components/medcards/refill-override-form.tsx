'use client';

import type { RouterInputs, RouterOutputs } from '@healthpay/api';
import {
  addDaysTo,
  Button,
  cairoDayOf,
  cairoEndOfDay,
  Card,
  englishMessageFor,
  formatDateTime,
  isClientError,
  Notice,
  TextAreaField,
  TextField,
  toast,
  useSubmissionKey,
  useTRPCClient,
  withIdempotencyKey,
} from '@healthpay/ui';
import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';

type Override = RouterOutputs['claims']['refillOverride'];
type OverrideInput = RouterInputs['claims']['refillOverride'];

/**
 * Let one claim dispense a drug before its refill date (lost medication, dose change). The reason is
 * required and kept for audit; the override is used once, or lapses.
 */
export function RefillOverrideForm({ cardId, drugCodes }: { cardId: string; drugCodes: string[] }) {
  const client = useTRPCClient();
  const submission = useSubmissionKey();
  const listId = useId();
  const today = cairoDayOf();
  const [drugCode, setDrugCode] = useState('');
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState(addDaysTo(today, 7));
  const [errors, setErrors] = useState<Partial<Record<'drugCode' | 'reason' | 'until', string>>>({});
  const [granted, setGranted] = useState<Override | null>(null);
  const grant = useMutation({ mutationFn: (input: OverrideInput) => client.claims.refillOverride.mutate(input, withIdempotencyKey(submission.key())) });

  const edit = (set: (v: string) => void, field: 'drugCode' | 'reason' | 'until') => (e: { target: { value: string } }) => {
    set(e.target.value);
    setErrors((er) => ({ ...er, [field]: undefined }));
    submission.reset();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: typeof errors = {};
    if (!drugCode.trim()) next.drugCode = 'Enter the drug code to allow.';
    if (reason.trim().length < 3) next.reason = 'Give a reason of at least 3 characters (kept for audit).';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(until) || until < today) next.until = 'Choose today or a later day.';
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    grant.mutate(
      { cardId, drugCode: drugCode.trim(), reason: reason.trim(), expiresAt: cairoEndOfDay(until) },
      {
        onSuccess: (o) => {
          toast.success(`Early refill of ${o.drugCode} allowed`);
          submission.reset();
          setGranted(o);
          setDrugCode('');
          setReason('');
        },
        onError: (error) => {
          toast.error(englishMessageFor(error));
          if (isClientError(error)) submission.reset();
        },
      },
    );
  };

  return (
    <Card title="Early refill" titleId="refill-heading">
      <p className="-mt-2 mb-3 text-sm text-slate-600">
        A drug can&apos;t be claimed again on this card until its days supply has run out. Allow one early claim when there is a reason.
      </p>
      {granted ? (
        <div className="mb-3">
          <Notice title={`Early refill of ${granted.drugCode} allowed`}>
            Usable once, until {formatDateTime(granted.expiresAt, 'en')}. Reason: {granted.reason}
          </Notice>
        </div>
      ) : null}
      <form noValidate onSubmit={submit} aria-labelledby="refill-heading" className="space-y-3">
        <TextField label="Drug code" list={listId} autoComplete="off" spellCheck={false} error={errors.drugCode} value={drugCode} onChange={edit(setDrugCode, 'drugCode')} />
        <datalist id={listId}>
          {drugCodes.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
        <TextAreaField label="Reason" rows={2} maxLength={500} hint="E.g. medication lost, dose increased." error={errors.reason} value={reason} onChange={edit(setReason, 'reason')} />
        <TextField label="Usable through" type="date" min={today} error={errors.until} value={until} onChange={edit(setUntil, 'until')} />
        <Button type="submit" variant="secondary" loading={grant.isPending}>
          Allow early refill
        </Button>
      </form>
    </Card>
  );
}
