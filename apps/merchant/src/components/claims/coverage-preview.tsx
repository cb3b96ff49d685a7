'use client';

import { type AdjudicatedClaim, FormActions, formatDateTime, Notice } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { useUiLocale } from '@/i18n/ui-locale';
import { Adjudication } from './adjudication';

/** What the card would pay if the claim were submitted now (nothing recorded), with Submit and Edit. */
export function CoveragePreview({ preview, previous, unanswered, submitting, onSubmit, onEdit }: {
  preview: AdjudicatedClaim;
  previous: AdjudicatedClaim | null;
  /** The last submit got no answer: it may be recorded, and submitting again is safe. */
  unanswered: boolean;
  submitting: boolean;
  onSubmit: () => void;
  onEdit: () => void;
}) {
  const t = useTranslations('claims.form');
  const locale = useUiLocale();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="preview-heading" className="rounded-2xl border-2 border-emerald-600/30 bg-white p-4 shadow-sm sm:p-6">
      <h2 id="preview-heading" ref={heading} tabIndex={-1} className="text-base font-semibold outline-none">
        {t('previewTitle')}
      </h2>
      <p className="mb-4 mt-1 text-sm text-slate-600">{t('previewIntro')}</p>
      {previous ? (
        <div className="mb-4">
          <Notice tone="info" title={t('claimedBefore', { id: previous.prescriptionId, date: formatDateTime(previous.decidedAt, locale) })}>
            {previous.status === 'rejected' ? t('claimedBeforeRejected') : t('claimedBeforeApproved')}
          </Notice>
        </div>
      ) : null}
      <Adjudication claim={preview} preview />
      {unanswered ? (
        <div className="mt-4">
          <Notice tone="warning">{t('unanswered')}</Notice>
        </div>
      ) : null}
      <div className="mt-4">
        <FormActions go={t('submit')} cancel={t('edit')} busy={submitting} onGo={onSubmit} onCancel={onEdit} />
      </div>
    </section>
  );
}
