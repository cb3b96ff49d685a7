'use client';

import type { RouterOutputs } from '@healthpay/api';
import { Badge, Button, Card, DocumentLinks, EmptyState, formatDateTime, formatNumber, insuranceStatusTone, Money, Notice, useTRPC } from '@healthpay/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useState } from 'react';
import { FileInsuranceClaim } from './file-insurance-claim';
import { useCardErrorText, usePortalLocale } from './medcard-text';

type CardDetail = RouterOutputs['medcard']['get'];
type Claim = RouterOutputs['insurance']['queue']['items'][number];

const rejections = ['NOT_COVERED', 'POLICY_INACTIVE', 'DUPLICATE_CLAIM', 'MISSING_DOCUMENTS', 'INVALID_DOCUMENTS', 'PRE_AUTHORIZATION_REQUIRED', 'POLICY_LIMIT_EXCEEDED', 'OTHER'] as const;
const isRejection = (code: string): code is (typeof rejections)[number] => (rejections as readonly string[]).includes(code);

/** Claims with the card's insurer: their status, and a form to file one. */
export function CardInsurance({ card, prescriptionIds }: { card: CardDetail; prescriptionIds: string[] }) {
  const t = useTranslations('medcards');
  const errorText = useCardErrorText();
  const trpc = useTRPC();
  const claims = useQuery(trpc.insurance.queue.queryOptions({ status: 'all', cardId: card.cardId, limit: 50 }));
  const [filing, setFiling] = useState(false);
  const items = claims.data?.items ?? [];
  if (!card.insurance) return null;
  const fileButton = (
    <Button size="sm" variant="secondary" onClick={() => setFiling(true)}>
      {t('insurance.file')}
    </Button>
  );
  return (
    <Card title={t('insurance.title')} titleId="insurance-heading" actions={filing ? null : fileButton}>
      <p className="-mt-2 mb-3 text-sm text-slate-600">
        {t.rich('insurance.with', {
          provider: card.insurance.provider,
          policy: card.insurance.policyNumber,
          bdi: (chunks) => <bdi>{chunks}</bdi>,
          id: (chunks) => <bdi className="font-mono">{chunks}</bdi>,
          link: (chunks) => (
            <Link href="/insurance" className="font-medium text-teal-800 underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
      {filing ? <FileInsuranceClaim cardId={card.cardId} prescriptionIds={prescriptionIds} onClose={() => setFiling(false)} /> : null}
      {claims.isPending ? (
        <div role="status" aria-label={t('insurance.loading')} className="h-20 animate-pulse rounded-xl bg-slate-100" />
      ) : claims.isError ? (
        <Notice tone="error" title={errorText(claims.error)} />
      ) : items.length === 0 ? (
        <EmptyState title={t('insurance.empty')} />
      ) : (
        <ul aria-labelledby="insurance-heading" className="divide-y divide-slate-100">
          {items.map((c) => (
            <InsuranceClaimItem key={c.claimId} claim={c} />
          ))}
        </ul>
      )}
    </Card>
  );
}

function InsuranceClaimItem({ claim: c }: { claim: Claim }) {
  const t = useTranslations('medcards');
  const locale = usePortalLocale();
  return (
    <li className="flex flex-wrap items-start justify-between gap-2 py-3 text-sm">
      <div className="min-w-0">
        <p className="font-medium">
          <Money piasters={c.amount} locale={locale} />
          {c.prescriptionId ? (
            <span className="font-normal text-slate-600">
              {' · '}
              <bdi>{t('insurance.prescription', { id: c.prescriptionId })}</bdi>
            </span>
          ) : null}
        </p>
        <p className="text-xs text-slate-500">
          {t('insurance.filed', { when: formatDateTime(c.filedAt, locale) })}
          {c.revision > 1 ? ` · ${t('insurance.revision', { revision: formatNumber(c.revision, locale) })}` : ''}
        </p>
        <DocumentLinks documents={c.documents} locale={locale} notStored={t('insurance.notStored')} />
        {c.status === 'approved' && c.approvedAmount !== null ? (
          <p className="text-xs text-emerald-800">
            {t('insurance.approved')} <Money piasters={c.approvedAmount} locale={locale} />
          </p>
        ) : null}
        {c.status === 'rejected' && c.rejectionReason ? (
          <p className="text-xs text-red-800">
            {isRejection(c.rejectionReason) ? t(`insurance.rejections.${c.rejectionReason}`) : c.rejectionReason}
            {c.reviewNote ? <bdi>: {c.reviewNote}</bdi> : null}
          </p>
        ) : null}
        {c.status === 'returned' && c.reviewNote ? <p className="text-xs text-amber-800">{t('insurance.toCorrect', { note: c.reviewNote })}</p> : null}
      </div>
      <Badge tone={insuranceStatusTone(c.status)}>{t(`insurance.status.${c.status}`)}</Badge>
    </li>
  );
}
