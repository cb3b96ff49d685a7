'use client';

import type { RouterInputs, RouterOutputs } from '@healthpay/api';
import { Badge, Button, ChoiceField, DocumentLinks, formatDate, formatMoney, insuranceStatusTone, LoadingBlock, Money, nextCursor, PagedCard, useTRPC } from '@healthpay/ui';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { FileInsuranceForm } from './file-insurance-form';
import { ResubmitForm } from './resubmit-form';
import { useInsuranceText } from './use-insurance-text';

type Status = NonNullable<RouterInputs['insurance']['mine']['status']>;
type Claim = RouterOutputs['insurance']['mine']['items'][number];
const statuses = ['submitted', 'returned', 'approved', 'rejected'] as const;
const isStatus = (v: string | null): v is (typeof statuses)[number] => statuses.includes(v as (typeof statuses)[number]);

/** The pharmacy's insurance claims (status filter in the URL), a form to file one, and resubmission of returned ones. */
export function InsuranceClaims() {
  const trpc = useTRPC();
  const { t } = useInsuranceText();
  const params = useSearchParams();
  const [status, setStatus] = useState<Status>(isStatus(params.get('status')) ? (params.get('status') as Status) : 'all');
  const [filing, setFiling] = useState(params.get('new') === '1');
  const claims = useInfiniteQuery({
    ...trpc.insurance.mine.infiniteQueryOptions({ status, limit: 20 }, { getNextPageParam: nextCursor }),
    placeholderData: keepPreviousData,
  });
  const choose = (next: Status) => {
    setStatus(next);
    window.history.replaceState(null, '', next === 'all' ? window.location.pathname : `?status=${next}`);
  };

  return (
    <div className="space-y-4">
      {filing ? (
        <FileInsuranceForm onDone={() => setFiling(false)} />
      ) : (
        <Button onClick={() => setFiling(true)}>{t('fileClaim')}</Button>
      )}
      <PagedCard
        title={t('list.heading')}
        titleId="insurance-list-heading"
        header={
          <div className="mb-3 max-w-xs">
            <ChoiceField label={t('list.status')} value={status} onChange={(e) => choose(isStatus(e.target.value) ? e.target.value : 'all')}
              all={t('list.all')} allValue="all" choices={statuses} choiceLabel={(s) => t(`status.${s}`)} />
          </div>
        }
        query={claims}
        loading={<LoadingBlock label={t('list.loading')} soft className="h-24" />}
        loadMoreClassName="mt-3"
        text={{ loading: t('list.loading'), empty: status === 'all' ? t('list.empty') : t('list.emptyFiltered'), loadMore: t('list.more'), error: () => t('errors.generic') }}
        rowKey={(c) => `${c.cardId}/${c.claimId}`}
        rows={{ listClassName: 'divide-y divide-slate-100', item: (c) => <ClaimRow claim={c} /> }}
      />
    </div>
  );
}

function ClaimRow({ claim: c }: { claim: Claim }) {
  const { t, locale } = useInsuranceText();
  const [resubmitting, setResubmitting] = useState(false);
  const bdi = (chunks: React.ReactNode) => <bdi>{chunks}</bdi>;
  return (
    <li className="py-3 text-sm">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0 space-y-0.5">
          <p className="font-medium">
            <Money piasters={c.amount} locale={locale} /> <span className="font-normal text-slate-600">· {t.rich('list.card', { cardId: c.cardId, bdi })}</span>
            {c.prescriptionId ? <span className="font-normal text-slate-600"> · {t.rich('list.prescription', { prescriptionId: c.prescriptionId, bdi })}</span> : null}
          </p>
          <p className="text-xs text-slate-500">
            {t('list.filed', { date: formatDate(c.filedAt, locale) })}
            {c.revision > 1 ? ` · ${t('list.revision', { revision: c.revision })}` : ''}
          </p>
          {c.status === 'approved' && c.approvedAmount !== null ? (
            <p className="text-xs text-emerald-800">{t('list.approved', { amount: formatMoney(c.approvedAmount, locale) })}</p>
          ) : null}
          {c.status === 'rejected' && c.rejectionReason ? (
            <p className="text-xs text-red-800">
              {t('list.rejected', { reason: t(`reason.${c.rejectionReason}`) })}
              {c.reviewNote ? ` — ${c.reviewNote}` : ''}
            </p>
          ) : null}
          {c.status === 'returned' && c.reviewNote ? <p className="text-xs text-amber-800">{t('list.toCorrect', { note: c.reviewNote })}</p> : null}
          <DocumentLinks documents={c.documents} locale={locale} notStored={t('upload.notStored')} />
        </div>
        <div className="flex flex-col items-end gap-2">
          <Badge tone={insuranceStatusTone(c.status)}>{t(`status.${c.status}`)}</Badge>
          {c.status === 'returned' && !resubmitting ? (
            <Button size="sm" variant="secondary" onClick={() => setResubmitting(true)}>
              {t('list.resubmit')}
            </Button>
          ) : null}
        </div>
      </div>
      {resubmitting ? <ResubmitForm cardId={c.cardId} claimId={c.claimId} onDone={() => setResubmitting(false)} /> : null}
    </li>
  );
}
