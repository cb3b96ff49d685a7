'use client';

import { ChoiceField, choiceOf, SETTLEMENT_STATUSES, StatementsList as SharedStatementsList, TextField, UrlFilterForm } from '@healthpay/ui';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { usePortalLocale, useSettlementErrorText, useSettlementT } from './settlement-text';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Finance: statements by period, pharmacy and status; the filters are a GET form, so they live in the URL. */
export function StatementsList({ base }: { base: string }) {
  const t = useSettlementT();
  const params = useSearchParams();
  const status = choiceOf(SETTLEMENT_STATUSES, params.get('status'));
  const pharmacyId = params.get('pharmacyId')?.trim().slice(0, 100) ?? '';
  const onDate = DATE.test(params.get('onDate') ?? '') ? (params.get('onDate') ?? '') : '';
  return (
    <div className="space-y-4">
      <UrlFilterForm action={base} label={t('list.filter')} submit={t('list.filter')} stateKey={params.toString()} className="sm:grid-cols-[1fr_10rem_12rem_auto]">
        <TextField label={t('list.pharmacyId')} name="pharmacyId" defaultValue={pharmacyId} />
        <ChoiceField label={t('list.status')} name="status" defaultValue={status ?? ''} all={t('list.allStatuses')} choices={SETTLEMENT_STATUSES} choiceLabel={(s) => t(`status.${s}`)} />
        <TextField label={t('list.onDate')} name="onDate" type="date" defaultValue={onDate} />
      </UrlFilterForm>
      <SharedStatementsList filters={{ ...(status && { status }), ...(pharmacyId && { pharmacyId }), ...(onDate && { onDate }) }} limit={25} t={t}
        locale={usePortalLocale()} errorText={useSettlementErrorText()} href={(id) => `${base}/${encodeURIComponent(id)}`} Link={Link}
        linkClassName="text-teal-800 hover:underline" showPharmacy />
    </div>
  );
}
