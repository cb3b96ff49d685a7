'use client';

import type { RouterOutputs } from '@healthpay/api';
import { Button, Card, errorInfo, formatMoney, Notice, toast, useTRPC, useTRPCClient, type Locale } from '@healthpay/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState, type ReactNode } from 'react';
import { useUiLocale } from '@/i18n/ui-locale';
import { useErrorText } from '../text/use-error-text';
import { CopayCodeForm } from './copay-code-form';

type Requested = RouterOutputs['copay']['request'];
type CopayView = RouterOutputs['copay']['status'];

const time = (iso: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale === 'ar' ? 'ar-EG' : 'en-GB', { timeStyle: 'short', timeZone: 'Africa/Cairo' }).format(new Date(iso));

/** Which refusal message says why the wallet cannot pay (the pharmacist collects cash instead); null: worth a toast only. */
function walletRefusalKey(code: string, details: Record<string, unknown>): string | null {
  switch (code) {
    case 'INSUFFICIENT_FUNDS':
      return typeof details.available === 'number' ? 'funds' : 'fundsNoAmount';
    case 'COPAY_NO_WALLET':
      return 'noWallet';
    case 'WALLET_NOT_ACTIVE':
      return 'walletInactive';
    case 'DAILY_LIMIT_EXCEEDED':
    case 'MONTHLY_LIMIT_EXCEEDED':
      return 'limit';
    case 'COPAY_NOT_DUE':
      return 'notDue';
    default:
      return null;
  }
}

/**
 * After a claim: take the patient's share from their HealthPay wallet. A code goes to the patient by SMS;
 * the pharmacist types it (or the patient approves in the app, which this screen notices by polling).
 * Whenever the wallet cannot pay, the answer is the same: collect the amount in cash.
 */
export function CollectFromWallet({ cardId, prescriptionId, amount }: { cardId: string; prescriptionId: string; amount: number }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [requested, setRequested] = useState<Requested | null>(null);
  const [settled, setSettled] = useState<CopayView | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const t = useTranslations('copay');
  const errorText = useErrorText();
  const locale = useUiLocale();
  const cash = formatMoney(amount, locale);

  const waiting = requested !== null && settled === null;
  const status = useQuery({
    ...trpc.copay.status.queryOptions({ collectionId: requested?.collectionId ?? '' }),
    enabled: waiting,
    refetchInterval: (q) => (q.state.data?.status === 'requested' || !q.state.data ? 2_000 : false),
  });
  const polled = waiting && status.data?.collectionId === requested.collectionId && status.data.status !== 'requested' ? status.data : null;
  const outcome = settled ?? polled;

  const done = async (view: CopayView | null) => {
    if (view) setSettled(view);
    else await status.refetch();
    await queryClient.invalidateQueries(trpc.claims.pathFilter());
  };

  const request = useMutation({
    mutationFn: () => client.copay.request.mutate({ cardId, prescriptionId }),
    onSuccess: (r) => {
      setRequested(r);
      setSettled(null);
      setRefused(null);
    },
    onError: (error) => {
      const info = errorInfo(error);
      const reason = walletRefusalKey(info.code, info.details);
      const available = typeof info.details.available === 'number' ? formatMoney(info.details.available, locale) : '';
      if (reason) return setRefused(t(`refused.${reason}`, { available }));
      const wait = typeof info.details.retryAfterSeconds === 'number' ? info.details.retryAfterSeconds : null;
      toast.error(info.code === 'RATE_LIMITED' && wait ? t('waitSeconds', { seconds: wait }) : errorText(info.code));
    },
  });
  const cancel = useMutation({
    mutationFn: (collectionId: string) => client.copay.cancel.mutate({ collectionId }),
    onSuccess: (view) => void done(view),
    onError: (error) => {
      toast.error(errorText(error));
      void status.refetch();
    },
  });

  // The amount keeps its machine-readable value (piasters) and its digits' order inside Arabic text.
  const amountData = (extra: string) => (chunks: ReactNode) => (
    <data value={amount} className={`whitespace-nowrap tabular-nums [unicode-bidi:isolate] ${extra}`}>
      {chunks}
    </data>
  );

  return (
    <Card title={t('title')} titleId="copay-heading">
      {/* The share to collect reads as the heading's subtitle: pulled up under it. */}
      <p className="-mt-3 mb-4 text-sm text-slate-600">
        {t.rich('share', { amount: cash, b: amountData('font-semibold text-slate-900') })}
      </p>

      {outcome?.status === 'collected' ? (
        <div role="status" className="rounded-xl border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900">
          <p className="font-medium">
            {t.rich('collected', { amount: cash, b: amountData('') })}
          </p>
          <p className="mt-1">{outcome.channel === 'portal' ? t('byApp') : t('byCode')}</p>
        </div>
      ) : outcome?.status === 'cancelled' ? (
        <Notice tone="info" title={t('cancelled')}>{t('collectCash', { amount: cash })}</Notice>
      ) : outcome?.status === 'expired' && requested ? (
        <div className="space-y-3">
          <Notice tone="warning" title={t('expired')}>{t('expiredBody', { amount: cash })}</Notice>
          <Button loading={request.isPending} onClick={() => request.mutate()}>
            {t('sendNew')}
          </Button>
        </div>
      ) : requested ? (
        <div className="space-y-4">
          <p role="status" className="text-sm text-slate-700">
            {requested.codeSent
              ? t.rich('sent', {
                  ending: requested.phoneEnding,
                  mono: (chunks) => <bdi className="font-mono">{chunks}</bdi>,
                  time: time(requested.expiresAt, locale),
                })
              : t('notSent', { time: time(requested.expiresAt, locale), amount: cash })}
          </p>
          <CopayCodeForm key={requested.collectionId} collectionId={requested.collectionId} onSettled={(view) => void done(view)} />
          <div className="flex flex-wrap gap-2 border-t border-slate-100 pt-4">
            <Button variant="secondary" loading={cancel.isPending} onClick={() => cancel.mutate(requested.collectionId)}>
              {t('cancel')}
            </Button>
            <Button variant="ghost" loading={request.isPending} onClick={() => request.mutate()}>
              {t('sendNew')}
            </Button>
          </div>
        </div>
      ) : (
        <div className="space-y-3">
          {refused ? <Notice tone="warning" title={refused}>{t('collectCash', { amount: cash })}</Notice> : null}
          <p className="text-sm text-slate-600">{t('explain')}</p>
          <Button loading={request.isPending} onClick={() => request.mutate()}>
            {refused ? t('retry') : t('collect')}
          </Button>
        </div>
      )}
    </Card>
  );
}
