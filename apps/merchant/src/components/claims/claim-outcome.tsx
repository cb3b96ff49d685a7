'use client';

import { Button, formatDateTime, type AdjudicatedClaim } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useEffect, useRef } from 'react';
import { useUiLocale } from '@/i18n/ui-locale';
import { claimPath, receiptPath } from '@/lib/claim-paths';
import { CollectFromWallet } from '../copay/collect-from-wallet';
import { Adjudication } from './adjudication';

const titleKey = { approved: 'resultApproved', partial: 'resultPartial', rejected: 'resultRejected' } as const;

/** The answer of record after a submit: the adjudication, the wallet copay, and what to do next. */
export function ClaimOutcome({ result, onSameCard, onAnotherCard }: { result: AdjudicatedClaim; onSameCard: () => void; onAnotherCard: () => void }) {
  const t = useTranslations('claims.form');
  const locale = useUiLocale();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const link = 'inline-flex h-11 items-center rounded-xl px-4 text-sm font-medium text-emerald-800 underline';
  return (
    <div className="space-y-4">
      <section aria-labelledby="result-heading" className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <h2 id="result-heading" ref={heading} tabIndex={-1} className="text-xl font-semibold outline-none">
          {t(titleKey[result.status as keyof typeof titleKey] ?? 'resultRejected')}
        </h2>
        <p className="mb-4 mt-1 text-sm text-slate-600">
          {t.rich('resultLine', {
            id: result.prescriptionId,
            card: result.cardId,
            date: formatDateTime(result.decidedAt, locale),
            mono: (chunks) => <bdi className="font-mono">{chunks}</bdi>,
          })}
        </p>
        <Adjudication claim={result} preview={false} />
      </section>
      {result.status !== 'rejected' && result.copay > 0 ? (
        <CollectFromWallet cardId={result.cardId} prescriptionId={result.prescriptionId} amount={result.copay} />
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button onClick={onSameCard}>{t('sameCard')}</Button>
        <Button variant="secondary" onClick={onAnotherCard}>
          {t('anotherCard')}
        </Button>
        <Link href={claimPath(result)} className={link}>
          {t('open')}
        </Link>
        <Link href={receiptPath(result)} className={link}>
          {t('receipt')}
        </Link>
      </div>
    </div>
  );
}
