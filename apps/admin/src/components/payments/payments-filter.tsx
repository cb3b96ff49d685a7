'use client';

import { ChoiceField, TextField, UrlFilterForm } from '@healthpay/ui';
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
    <UrlFilterForm action="/payments" label={t('filterLabel')} submit={t('filter')} stateKey={params.toString()} className="sm:grid-cols-[1fr_10rem_10rem_auto_auto]">
      <TextField label={t('search')} name="q" type="search" placeholder={t('searchPlaceholder')} defaultValue={params.get('q') ?? ''} />
      <ChoiceField label={t('status')} name="status" defaultValue={isStatus(status) ? status : ''} all={t('allStatuses')} choices={STATUSES} choiceLabel={labels.status} />
      <ChoiceField label={t('provider')} name="provider" defaultValue={isProvider(provider) ? provider : ''} all={t('allProviders')} choices={PROVIDERS} choiceLabel={labels.provider} />
      <label className="flex h-11 items-center gap-2 text-sm font-medium text-slate-700">
        <input type="checkbox" name="flagged" value="1" defaultChecked={params.get('flagged') === '1'} className="size-4 accent-teal-700" />
        {t('flaggedOnly')}
      </label>
    </UrlFilterForm>
  );
}
