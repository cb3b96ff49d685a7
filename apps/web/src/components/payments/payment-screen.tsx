'use client';

import type { RouterOutputs } from '@healthpay/api';
import { Card, DefinitionList, errorInfo, formatDateTime, isSettledPaymentStatus, LoadingBlock, Money, RetryNotice, useTRPC } from '@healthpay/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { PaymentStatusBadge } from './payment-status-badge';
import { StatusPanel } from './payment-status-panel';
import { BackToWallet } from '@/components/page/patient-lists';

type Payment = RouterOutputs['payments']['get'];

const POLL_MS = 2_000;
/**
 * One top-up as the server has it, asked again every 2 s until it settles (card confirmation, a Fawry code
 * paid at an outlet). `returnedWith` is Paymob's redirect hint: shown while the server has not decided, never
 * trusted over the server's status.
 */
export function PaymentScreen({ paymentId, returnedWith }: { paymentId: string; returnedWith: 'failure' | null }) {
  const trpc = useTRPC();
  const t = useTranslations();
  const queryClient = useQueryClient();
  const payment = useQuery({
    ...trpc.payments.get.queryOptions({ paymentId }),
    staleTime: 0,
    refetchInterval: (query) => (query.state.data && isSettledPaymentStatus(query.state.data.status) ? false : POLL_MS),
  });
  const status = payment.data?.status;

  // Money arrived (or a code was cancelled): the wallet page and the top-ups list must not show the old state.
  useEffect(() => {
    if (status && isSettledPaymentStatus(status)) {
      void queryClient.invalidateQueries(trpc.wallet.pathFilter());
      void queryClient.invalidateQueries(trpc.payments.mine.pathFilter());
    }
  }, [status, queryClient, trpc]);

  if (payment.isPending) return <LoadingBlock label={t('common.loading')} className="h-72" />;
  if (payment.isError && !payment.data) {
    const code = errorInfo(payment.error).code;
    if (['PAYMENT_NOT_FOUND', 'NOT_FOUND', 'VALIDATION_FAILED', 'FORBIDDEN'].includes(code)) {
      return <BackToWallet title={t('payment.notFound')} back={t('payment.backToWallet')} />;
    }
    return <RetryNotice title={t('common.loadError')} retry={t('common.retry')} onRetry={payment.refetch} />;
  }
  return <PaymentView payment={payment.data} returnedWith={returnedWith} />;
}

function PaymentView({ payment: p, returnedWith }: { payment: Payment; returnedWith: 'failure' | null }) {
  const t = useTranslations('payment');
  const locale = useLocale();
  return (
    <div className="space-y-4">
      <Card>
        <div className="flex items-start justify-between gap-3">
          <h1 className="text-xl font-semibold">{t('title')}</h1>
          <PaymentStatusBadge status={p.status} />
        </div>
        <DefinitionList
          className="mt-4"
          items={[
            { key: 'amount', term: t('amount'), value: <Money piasters={p.amount} locale={locale} className="text-lg font-semibold" /> },
            { key: 'method', term: t('method'), value: t(`provider.${p.provider}`) },
            { key: 'requestedAt', term: t('requestedAt'), value: <time dateTime={new Date(p.requestedAt).toISOString()}>{formatDateTime(p.requestedAt, locale)}</time> },
          ]}
        />
      </Card>
      <div aria-live="polite">
        <StatusPanel payment={p} returnedWith={returnedWith} />
      </div>
    </div>
  );
}
