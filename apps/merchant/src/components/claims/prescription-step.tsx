'use client';

import { Button, Card, cn, inputKinds, Money, TextField } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import type { FormEvent } from 'react';
import { useUiLocale } from '@/i18n/ui-locale';
import { draftTotal, type DraftErrors, type DraftLine, type LineField } from '@/lib/claim-form';
import { useClaimText } from '../text/use-claim-text';
import { useProblemText } from '../text/use-problem-text';
import type { LookedUpCard } from './card-summary';
import { DrugLines } from './drug-lines';

/** Step 2: who the prescription is for, its number and its drugs; submitting checks the coverage. */
export function PrescriptionStep({ card, beneficiaryId, onBeneficiary, prescriptionId, onPrescriptionId, lines, errors, lineActions, onCheck, checking }: {
  card: LookedUpCard;
  beneficiaryId: string;
  onBeneficiary: (id: string) => void;
  prescriptionId: string;
  onPrescriptionId: (value: string) => void;
  lines: DraftLine[];
  errors: DraftErrors;
  lineActions: { change: (index: number, field: LineField, value: string) => void; add: () => void; remove: (index: number) => void };
  onCheck: (e: FormEvent) => void;
  checking: boolean;
}) {
  const t = useTranslations('claims.form');
  const text = useClaimText();
  const problemText = useProblemText();
  const locale = useUiLocale();
  const beneficiaryError = problemText(errors.beneficiary);
  return (
    <Card title={t('rxStep')} titleId="rx-step">
      <form noValidate onSubmit={onCheck} className="space-y-4" aria-labelledby="rx-step">
        <fieldset aria-describedby={beneficiaryError ? 'beneficiary-error' : undefined}>
          <legend className="mb-2 text-sm font-medium text-slate-700">{t('forWhom')}</legend>
          <div className="grid gap-2 sm:grid-cols-2">
            {card.beneficiaries.map((b) => (
              <label
                key={b.beneficiaryId}
                className={cn(
                  'flex cursor-pointer items-center gap-3 rounded-xl border p-3 text-sm has-[:checked]:border-emerald-600 has-[:checked]:bg-emerald-50',
                  beneficiaryError ? 'border-red-400' : 'border-slate-200',
                )}
              >
                <input
                  type="radio"
                  name="beneficiary"
                  value={b.beneficiaryId}
                  checked={beneficiaryId === b.beneficiaryId}
                  onChange={() => onBeneficiary(b.beneficiaryId)}
                  className="size-4 accent-emerald-700"
                />
                <span>
                  <bdi className="block font-medium">{b.name}</bdi>
                  <span className="block text-xs text-slate-500">{text.relationship(b.relationship)}</span>
                </span>
              </label>
            ))}
          </div>
          {beneficiaryError ? (
            <p id="beneficiary-error" className="mt-1.5 text-sm text-red-700">
              {beneficiaryError}
            </p>
          ) : null}
        </fieldset>
        <div className="sm:w-80">
          <TextField label={t('prescriptionNumber')} hint={t('prescriptionHint')} {...inputKinds.reference} maxLength={100}
            error={problemText(errors.prescriptionId)} value={prescriptionId} onChange={(e) => onPrescriptionId(e.target.value)} />
        </div>
        <DrugLines lines={lines} errors={errors.lines} onChange={lineActions.change} onAdd={lineActions.add} onRemove={lineActions.remove} />
        <div className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-100 pt-4">
          <p className="text-sm">
            <span id="rx-total" className="text-slate-600">
              {t('total')}
            </span>{' '}
            <output aria-labelledby="rx-total" className="text-lg font-semibold">
              <Money piasters={draftTotal(lines)} locale={locale} />
            </output>
          </p>
          <Button type="submit" loading={checking}>
            {t('check')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
