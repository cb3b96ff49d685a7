'use client';

import { Button, Card, cairoDayOf, EmptyState, formatDay, formatNumber, LoadingBlock, Notice, RetryNotice, SelectField, TextField, useTRPC } from '@healthpay/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { useErrorText, usePageLocale } from '@/i18n/error-text';
import { isProvider, PROVIDERS } from './labels';
import { usePaymentLabels } from './payment-text';
import { ReconciliationTable } from './reconciliation-table';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What a provider reports for a Cairo day against our events; mismatched lines first and highlighted. */
export function ReconciliationReport() {
  const t = useTranslations('payments.reconciliation');
  const locale = usePageLocale();
  const labels = usePaymentLabels();
  const errorText = useErrorText('payments');
  const trpc = useTRPC();
  const params = useSearchParams();
  const providerParam = params.get('provider');
  const provider = isProvider(providerParam) ? providerParam : 'paymob';
  const dateParam = params.get('date') ?? '';
  const date = DAY.test(dateParam) ? dateParam : cairoDayOf();
  const report = useQuery(trpc.payments.reconciliation.queryOptions({ provider, date }));
  const lines = report.data ? [...report.data.lines].sort((a, b) => Number(a.match) - Number(b.match)) : [];
  const day = formatDay(date, locale);

  return (
    <div className="space-y-4">
      <Card>
        <form key={params.toString()} method="get" action="/payments/reconciliation" aria-label={t('formLabel')} className="grid gap-3 sm:grid-cols-[12rem_12rem_auto] sm:items-end">
          <SelectField label={t('provider')} name="provider" defaultValue={provider}>
            {PROVIDERS.map((p) => (
              <option key={p} value={p}>
                {labels.provider(p)}
              </option>
            ))}
          </SelectField>
          <TextField label={t('day')} name="date" type="date" defaultValue={date} />
          <Button type="submit">{t('show')}</Button>
        </form>
      </Card>
      {report.isError ? (
        <RetryNotice title={errorText(report.error)} retry={t('tryAgain')} onRetry={report.refetch} />
      ) : report.isPending ? (
        <LoadingBlock label={t('loading')} />
      ) : lines.length === 0 ? (
        <EmptyState title={t('empty', { provider: labels.provider(provider), day })} />
      ) : (
        <>
          {report.data.mismatches > 0 ? (
            <Notice tone="warning" title={t('mismatches', { count: report.data.mismatches, day })} />
          ) : (
            <Notice title={t('allMatch', { n: formatNumber(lines.length, locale) })} />
          )}
          <ReconciliationTable lines={lines} caption={t('caption', { provider: labels.provider(provider), day })} />
        </>
      )}
    </div>
  );
}
