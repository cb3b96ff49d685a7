'use client';

import { formatMoney } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import { usePageLocale } from '@/i18n/error-text';

/** Refund or void (when Paymob can still void it), and the whole refundable amount or part of it. */
export function RefundChoices({ voidable, refundable, kind, scope, onKind, onScope }: {
  voidable: boolean;
  refundable: number;
  kind: 'refund' | 'void';
  scope: 'full' | 'partial';
  onKind: (kind: 'refund' | 'void') => void;
  onScope: (scope: 'full' | 'partial') => void;
}) {
  const t = useTranslations('payments.refund');
  const locale = usePageLocale();
  return (
    <>
      {voidable ? (
        <Choices legend={t('kind')} name="kind" value={kind} onChange={onKind} options={[['refund', t('kindRefund')], ['void', t('kindVoid')]]} />
      ) : null}
      {kind === 'void' && voidable ? null : (
        <Choices
          legend={t('howMuch')}
          name="scope"
          value={scope}
          onChange={onScope}
          options={[['full', t('full', { amount: formatMoney(refundable, locale) })], ['partial', t('partial')]]}
        />
      )}
    </>
  );
}

function Choices<V extends string>({ legend, name, value, onChange, options }: {
  legend: string;
  name: string;
  value: V;
  onChange: (v: V) => void;
  options: [V, string][];
}) {
  return (
    <fieldset className="space-y-1 text-sm">
      <legend className="mb-1 font-medium text-slate-700">{legend}</legend>
      {options.map(([v, label]) => (
        <label key={v} className="flex items-center gap-2">
          <input type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} className="size-4 accent-teal-700" />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
