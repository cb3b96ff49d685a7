'use client';

import { Button, Card, SelectField, TextField } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { isProvider, isStatus, PROVIDERS, STATUSES } from './labels';
import { usePaymentLabels } from './payment-text';

/** A plain GET form: the filters live in the URL (shareable; Back returns to them). */
export function PaymentsFilter() {
  const t = useTranslations('payments.list');
  const labels = usePaymentLabels();
  const params = useSearchParams();
  const status = params.get('status');
  const provider = params.get('provider');
  return (
    <Card>
      {/* Keyed by the URL: uncontrolled fields must show the filters of the page they are on. */}
      <form key={params.toString()} method="get" action="/payments" role="search" aria-label={t('filterLabel')} className="grid gap-3 sm:grid-cols-[1fr_10rem_10rem_auto_auto] sm:items-end">
        <TextField label={t('search')} name="q" type="search" placeholder={t('searchPlaceholder')} defaultValue={params.get('q') ?? ''} />
        <SelectField label={t('status')} name="status" defaultValue={isStatus(status) ? status : ''}>
          <option value="">{t('allStatuses')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {labels.status(s)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('provider')} name="provider" defaultValue={isProvider(provider) ? provider : ''}>
          <option value="">{t('allProviders')}</option>
          {PROVIDERS.map((p) => (
            <option key={p} value={p}>
              {labels.provider(p)}
            </option>
          ))}
        </SelectField>
        <label className="flex h-11 items-center gap-2 text-sm font-medium text-slate-700">
          <input type="checkbox" name="flagged" value="1" defaultChecked={params.get('flagged') === '1'} className="size-4 accent-teal-700" />
          {t('flaggedOnly')}
        </label>
        <Button type="submit">{t('filter')}</Button>
      </form>
    </Card>
  );
}
