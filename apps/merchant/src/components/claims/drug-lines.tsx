'use client';

import { Button, formatNumber, inputKinds, Money, TextField } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { useUiLocale } from '@/i18n/ui-locale';
import { useProblemText } from '../text/use-problem-text';
import { lineTotal, MAX_LINES, type DraftLine, type LineErrors, type LineField } from '@/lib/claim-form';

/** The prescription's drugs, one fieldset per line; the line total is computed as the counter types. */
export function DrugLines({
  lines,
  errors,
  onChange,
  onAdd,
  onRemove,
}: {
  lines: DraftLine[];
  errors: LineErrors[];
  onChange: (index: number, field: LineField, value: string) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
}) {
  const t = useTranslations('claims.form');
  return (
    <div className="space-y-3">
      {lines.map((line, i) => (
        <DrugLine
          key={line.key}
          index={i}
          line={line}
          errors={errors[i] ?? {}}
          removable={lines.length > 1}
          onChange={(field, value) => onChange(i, field, value)}
          onRemove={() => onRemove(i)}
        />
      ))}
      <Button variant="secondary" size="sm" onClick={onAdd} disabled={lines.length >= MAX_LINES}>
        {t('addDrug')}
      </Button>
    </div>
  );
}

function DrugLine({
  index,
  line,
  errors,
  removable,
  onChange,
  onRemove,
}: {
  index: number;
  line: DraftLine;
  errors: LineErrors;
  removable: boolean;
  onChange: (field: LineField, value: string) => void;
  onRemove: () => void;
}) {
  const t = useTranslations('claims.form');
  const problemText = useProblemText();
  const locale = useUiLocale();
  const totalId = useId();
  const total = lineTotal(line);
  const number = formatNumber(index + 1, locale);
  const set = (field: LineField) => (e: { target: { value: string } }) => onChange(field, e.target.value);
  const err = (field: LineField) => problemText(errors[field]);
  return (
    <fieldset className="rounded-xl border border-slate-200 p-3">
      <legend className="px-1 text-sm font-semibold text-slate-800">{t('drug', { number })}</legend>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-[10rem_minmax(0,1fr)_6rem_8rem_6.5rem]">
        <div className="col-span-2 sm:col-span-1">
          <TextField label={t('drugCode')} {...inputKinds.reference} maxLength={50} error={err('drugCode')} value={line.drugCode} onChange={set('drugCode')} />
        </div>
        <div className="col-span-2 sm:col-span-1">
          <TextField label={t('drugName')} autoComplete="off" maxLength={200} error={err('drugName')} value={line.drugName} onChange={set('drugName')} />
        </div>
        <TextField label={t('quantity')} {...inputKinds.count} error={err('quantity')} value={line.quantity} onChange={set('quantity')} />
        <TextField label={t('unitPrice')} {...inputKinds.amount} error={err('unitPrice')} value={line.unitPrice} onChange={set('unitPrice')} />
        <TextField label={t('daysSupply')} hint={t('daysSupplyHint')} {...inputKinds.count} placeholder="30" error={err('daysSupply')} value={line.daysSupply} onChange={set('daysSupply')} />
      </div>
      <div className="mt-3 flex items-center justify-between gap-3 border-t border-slate-100 pt-2 text-sm">
        <p>
          <span id={totalId} className="text-slate-600">
            {t('lineTotal')}
          </span>{' '}
          <output aria-labelledby={totalId} className="font-semibold">
            {total === null ? '—' : <Money piasters={total} locale={locale} />}
          </output>
        </p>
        {removable ? (
          <Button variant="ghost" size="sm" className="text-red-700 hover:bg-red-50" aria-label={t('removeDrug', { number })} onClick={onRemove}>
            {t('remove')}
          </Button>
        ) : null}
      </div>
    </fieldset>
  );
}
