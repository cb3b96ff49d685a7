'use client';

import { Button, cairoDayOf, Card, TextField } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { ClaimOutcomes } from './claim-outcomes';
import { firstOfLast } from './months';
import { SpendByPharmacy, TopDrugs } from './ranked-spend';
import { SpendByMonth } from './spend-by-month';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** MedCard analytics for a range of Cairo months: benefit paid, where, on what, and how claims ended. */
export function AnalyticsDashboard() {
  const t = useTranslations('analytics.range');
  const current = cairoDayOf().slice(0, 7);
  const initial = { from: firstOfLast(current, 6), to: current };
  const [form, setForm] = useState(initial);
  const [range, setRange] = useState(initial);
  const [rangeError, setRangeError] = useState<string>();

  const apply = (e: FormEvent) => {
    e.preventDefault();
    if (!MONTH.test(form.from) || !MONTH.test(form.to)) return setRangeError(t('bothMonths'));
    if (form.from > form.to) return setRangeError(t('order'));
    setRangeError(undefined);
    setRange(form);
  };

  return (
    <div className="space-y-4">
      <Card>
        <form noValidate onSubmit={apply} aria-label={t('label')} className="grid gap-3 sm:grid-cols-[11rem_11rem_auto] sm:items-end">
          <TextField label={t('from')} type="month" max={current} error={rangeError} value={form.from} onChange={(e) => setForm((f) => ({ ...f, from: e.target.value }))} />
          <TextField label={t('to')} type="month" max={current} value={form.to} onChange={(e) => setForm((f) => ({ ...f, to: e.target.value }))} />
          <Button type="submit">{t('show')}</Button>
        </form>
        <p className="mt-2 text-xs text-slate-500">{t('note')}</p>
      </Card>
      <div className="grid gap-4 lg:grid-cols-2 lg:items-start">
        <SpendByMonth range={range} />
        <ClaimOutcomes range={range} />
        <SpendByPharmacy range={range} />
        <TopDrugs range={range} />
      </div>
    </div>
  );
}
