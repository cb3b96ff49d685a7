'use client';

import { Button, Money, TextField } from '@healthpay/ui';
import { useId } from 'react';
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
        + Add drug
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
  const totalId = useId();
  const total = lineTotal(line);
  const set = (field: LineField) => (e: { target: { value: string } }) => onChange(field, e.target.value);
  return (
    <fieldset className="rounded-xl border border-slate-200 p-3">
      <legend className="px-1 text-sm font-semibold text-slate-800">Drug {index + 1}</legend>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-[10rem_minmax(0,1fr)_6rem_8rem_6.5rem]">
        <div className="col-span-2 sm:col-span-1">
          <TextField label="Drug code" autoComplete="off" spellCheck={false} maxLength={50} error={errors.drugCode} value={line.drugCode} onChange={set('drugCode')} />
        </div>
        <div className="col-span-2 sm:col-span-1">
          <TextField label="Drug name" autoComplete="off" maxLength={200} error={errors.drugName} value={line.drugName} onChange={set('drugName')} />
        </div>
        <TextField label="Quantity" inputMode="numeric" autoComplete="off" error={errors.quantity} value={line.quantity} onChange={set('quantity')} />
        <TextField label="Unit price (EGP)" inputMode="decimal" autoComplete="off" error={errors.unitPrice} value={line.unitPrice} onChange={set('unitPrice')} />
        <TextField
          label="Days supply"
          hint="Optional; 30 if empty"
          inputMode="numeric"
          autoComplete="off"
          placeholder="30"
          error={errors.daysSupply}
          value={line.daysSupply}
          onChange={set('daysSupply')}
        />
      </div>
      <div className="mt-3 flex items-center justify-between gap-3 border-t border-slate-100 pt-2 text-sm">
        <p>
          <span id={totalId} className="text-slate-600">
            Line total
          </span>{' '}
          <output aria-labelledby={totalId} className="font-semibold">
            {total === null ? '—' : <Money piasters={total} locale="en" />}
          </output>
        </p>
        {removable ? (
          <Button variant="ghost" size="sm" className="text-red-700 hover:bg-red-50" aria-label={`Remove drug ${index + 1}`} onClick={onRemove}>
            Remove
          </Button>
        ) : null}
      </div>
    </fieldset>
  );
}
