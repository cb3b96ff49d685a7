'use client';

import type { RouterOutputs } from '@healthpay/api';
import { formatMoney, Money, Notice, Spinner, useTRPC } from '@healthpay/ui';
import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { Link } from '@/i18n/navigation';
import { CancelPayment } from './cancel-payment';
import { FawryCode } from './fawry-code';

type Payment = RouterOutputs['payments']['get'];

const linkButton =
  'inline-flex h-11 items-center justify-center rounded-xl px-4 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2';
const primaryLink = `${linkButton} bg-teal-700 text-white hover:bg-teal-800 focus-visible:outline-teal-700`;
const secondaryLink = `${linkButton} border border-slate-300 bg-white text-slate-800 hover:bg-slate-50 focus-visible:outline-slate-500`;

/** Where a top-up stands and what the person can do next: wait, pay the Fawry code, try again, or go home. */
export function StatusPanel({ payment: p, returnedWith }: { payment: Payment; returnedWith: 'failure' | null }) {
  const t = useTranslations('payment');
  const again = (
    <Link href="/top-up" className={primaryLink}>
      {t('tryAgain')}
    </Link>
  );
  const home = (
    <Link href="/" className={secondaryLink}>
      {t('backToWallet')}
    </Link>
  );
  switch (p.status) {
    case 'requested':
      return <Waiting title={t('requestedTitle')} body={null} />;
    case 'pending':
      if (p.provider === 'fawry' && p.providerReference) return <FawryCode payment={p} reference={p.providerReference} />;
      return (
        <div className="space-y-3">
          <Waiting title={t('pendingCardTitle')} body={returnedWith === 'failure' ? t('returnedFailureHint') : t('pendingCardBody')} />
          {p.provider === 'fawry' ? <CancelPayment paymentId={p.paymentId} /> : null}
        </div>
      );
    case 'succeeded':
      return <Succeeded payment={p} actions={home} />;
    case 'failed':
      return (
        <Outcome tone="error" title={t('failedTitle')} actions={<>{again}{home}</>}>
          {p.failureReason ? <p>{t('reason', { reason: p.failureReason })}</p> : null}
          <p>{t('failedBody')}</p>
        </Outcome>
      );
    case 'expired':
      return (
        <Outcome tone="warning" title={t('expiredTitle')} actions={<>{again}{home}</>}>
          <p>{t('expiredBody')}</p>
        </Outcome>
      );
    case 'cancelled':
      return <Outcome tone="info" title={t('cancelledTitle')} actions={<>{again}{home}</>} />;
    case 'review':
      return (
        <Outcome tone="warning" title={t('reviewTitle')} actions={home}>
          <p>{t('reviewBody')}</p>
        </Outcome>
      );
  }
}

function Waiting({ title, body }: { title: string; body: string | null }) {
  return (
    <div role="status" className="flex items-start gap-3 rounded-2xl border border-sky-200 bg-sky-50 p-4 text-sky-950">
      <Spinner className="mt-0.5 size-5 text-sky-700" />
      <div>
        <p className="font-medium">{title}</p>
        {body ? <p className="mt-1 text-sm">{body}</p> : null}
      </div>
    </div>
  );
}

function Outcome({ tone, title, actions, children }: { tone: 'info' | 'warning' | 'error'; title: string; actions: ReactNode; children?: ReactNode }) {
  return (
    <div className="space-y-3">
      <Notice tone={tone} title={title}>
        {children}
      </Notice>
      <div className="flex flex-wrap gap-2">{actions}</div>
    </div>
  );
}

/** Credited: the amount and the wallet's balance now (the wallet page shows the same after this). */
function Succeeded({ payment: p, actions }: { payment: Payment; actions: ReactNode }) {
  const t = useTranslations('payment');
  const locale = useLocale();
  const trpc = useTRPC();
  const wallet = useQuery({ ...trpc.wallet.get.queryOptions({ walletId: p.walletId }), staleTime: 0 });
  const credited = p.credited > 0 ? p.credited : p.amount;
  return (
    <div className="space-y-3">
      <section aria-labelledby="succeeded-heading" className="rounded-2xl border border-emerald-200 bg-emerald-50 p-4 text-emerald-950">
        <h2 id="succeeded-heading" className="font-semibold">
          {t('succeededTitle')}
        </h2>
        <p className="mt-1 text-sm">{t('succeededBody', { amount: formatMoney(credited, locale) })}</p>
        {wallet.data ? (
          <p className="mt-3 text-sm">
            <span id="new-balance-label">{t('newBalance')}</span>{' '}
            <output aria-labelledby="new-balance-label" className="text-lg font-semibold">
              <Money piasters={wallet.data.balance} locale={locale} />
            </output>
          </p>
        ) : null}
      </section>
      <div className="flex flex-wrap gap-2">{actions}</div>
    </div>
  );
}
