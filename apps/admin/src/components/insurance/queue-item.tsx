'use client';

import type { RouterOutputs } from '@healthpay/api';
import { Badge, DocumentLinks, formatDateTime, insuranceStatusTone, Money } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { usePageLocale } from '@/i18n/error-text';
import { useInsuranceLabels } from './insurance-text';
import { ReviewActions } from './review-actions';

type Claim = RouterOutputs['insurance']['queue']['items'][number];

/** One claim in the queue: what was claimed, by whom, its documents, the decision so far. */
export function QueueItem({ claim: c }: { claim: Claim }) {
  const t = useTranslations('insurance.item');
  const locale = usePageLocale();
  const labels = useInsuranceLabels();
  const headingId = `claim-${c.claimId}`;
  const mono = (chunks: ReactNode) => <bdi className="font-mono">{chunks}</bdi>;
  return (
    <li className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <article aria-labelledby={headingId} className="space-y-3">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <div className="min-w-0">
            <h2 id={headingId} className="text-base font-semibold">
              {t.rich('heading', {
                amount: () => <Money piasters={c.amount} locale={locale} />,
                card: () => (
                  <Link href={`/medcards/${c.cardId}`} className="font-mono text-teal-800 hover:underline">
                    <bdi>{c.cardId}</bdi>
                  </Link>
                ),
              })}
            </h2>
            <p className="text-xs text-slate-500">
              {t.rich(c.filedByRole === 'pharmacy' ? 'filedByPharmacy' : 'filedByStaff', { at: formatDateTime(c.filedAt, locale), who: c.filedBy, mono })}
              {c.revision > 1 ? t('resubmitted', { revision: c.revision }) : ''}
            </p>
          </div>
          <Badge tone={insuranceStatusTone(c.status)}>{labels.status(c.status)}</Badge>
        </div>
        <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          {c.prescriptionId ? <Term label={t('prescription')}><bdi className="font-mono">{c.prescriptionId}</bdi></Term> : null}
          <Term label={t('documents')}>
            {/* Each opens inline in a new tab; every open is audited. */}
            <DocumentLinks documents={c.documents} locale={locale} notStored={t('notStored')} className="flex-col text-sm" />
          </Term>
          {c.status === 'approved' && c.approvedAmount !== null ? (
            <Term label={t('approvedAmount')} className="font-semibold text-emerald-800">
              <Money piasters={c.approvedAmount} locale={locale} />
            </Term>
          ) : null}
          {c.status === 'rejected' && c.rejectionReason ? <Term label={t('rejectedBecause')}>{labels.rejection(c.rejectionReason)}</Term> : null}
          {c.reviewNote ? (
            <Term label={c.status === 'returned' ? t('toCorrect') : t('note')} className="break-words">
              <bdi dir="auto">{c.reviewNote}</bdi>
            </Term>
          ) : null}
          {c.reviewedBy && c.reviewedAt ? (
            <Term label={t('reviewed')}>{t.rich('reviewedBy', { at: formatDateTime(c.reviewedAt, locale), who: c.reviewedBy, mono })}</Term>
          ) : null}
        </dl>
        {c.status === 'submitted' ? <ReviewActions claim={c} /> : null}
      </article>
    </li>
  );
}

function Term({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <>
      <dt className="text-slate-600">{label}</dt>
      <dd className={className}>{children}</dd>
    </>
  );
}
