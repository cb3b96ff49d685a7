'use client';

import type { RouterInputs, RouterOutputs } from '@healthpay/api';
import { addDaysTo, Button, cairoDayOf, cairoEndOfDay, Card, formatDateTime, Notice, TextAreaField, TextField, useIdempotentCommand, useTRPCClient, withIdempotencyKey } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import { useId, useState, type FormEvent } from 'react';
import { useCardErrorText, usePortalLocale } from './medcard-text';

type Override = RouterOutputs['claims']['refillOverride'];
type OverrideInput = RouterInputs['claims']['refillOverride'];
type Field = 'drugCode' | 'reason' | 'until';

/**
 * Let one claim dispense a drug before its refill date (lost medication, dose change). The reason is
 * required and kept for audit; the override is used once, or lapses.
 */
export function RefillOverrideForm({ cardId, drugCodes }: { cardId: string; drugCodes: string[] }) {
  const t = useTranslations('medcards');
  const locale = usePortalLocale();
  const client = useTRPCClient();
  const command = useIdempotentCommand({
    run: (input: OverrideInput, key: string) => client.claims.refillOverride.mutate(input, withIdempotencyKey(key)),
    errorText: useCardErrorText(),
  });
  const listId = useId();
  const today = cairoDayOf();
  const [drugCode, setDrugCode] = useState('');
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState(addDaysTo(today, 7));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [granted, setGranted] = useState<Override | null>(null);

  const edit = (set: (v: string) => void, field: Field) => (e: { target: { value: string } }) => {
    set(e.target.value);
    setErrors((er) => ({ ...er, [field]: undefined }));
    command.changed();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: typeof errors = {};
    if (!drugCode.trim()) next.drugCode = t('refill.errors.drugCode');
    if (reason.trim().length < 3) next.reason = t('refill.errors.reason');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(until) || until < today) next.until = t('refill.errors.until');
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    command.send(
      { cardId, drugCode: drugCode.trim(), reason: reason.trim(), expiresAt: cairoEndOfDay(until) },
      {
        success: (o) => t('refill.granted', { drug: o.drugCode }),
        onDone: (o) => {
          setGranted(o);
          setDrugCode('');
          setReason('');
        },
      },
    );
  };

  return (
    <Card title={t('refill.title')} titleId="refill-heading">
      <p className="-mt-2 mb-3 text-sm text-slate-600">{t('refill.intro')}</p>
      {granted ? (
        <div className="mb-3">
          <Notice title={t('refill.granted', { drug: granted.drugCode })}>
            {t('refill.grantedDetail', { until: formatDateTime(granted.expiresAt, locale), reason: granted.reason })}
          </Notice>
        </div>
      ) : null}
      <form noValidate onSubmit={submit} aria-labelledby="refill-heading" className="space-y-3">
        <TextField label={t('refill.drugCode')} list={listId} autoComplete="off" spellCheck={false} dir="ltr" error={errors.drugCode} value={drugCode} onChange={edit(setDrugCode, 'drugCode')} />
        <datalist id={listId}>
          {drugCodes.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
        <TextAreaField label={t('refill.reason')} rows={2} maxLength={500} hint={t('refill.reasonHint')} error={errors.reason} value={reason} onChange={edit(setReason, 'reason')} />
        <TextField label={t('refill.until')} type="date" min={today} error={errors.until} value={until} onChange={edit(setUntil, 'until')} />
        <Button type="submit" variant="secondary" loading={command.isPending}>
          {t('refill.submit')}
        </Button>
      </form>
    </Card>
  );
}
