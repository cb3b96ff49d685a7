'use client';

import { Button, Card, errorInfo, formatMoney, Money, toast, useTRPC, useTRPCClient, useSubmissionKey, withIdempotencyKey } from '@healthpay/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useErrorText } from '@/lib/use-error-text';

const time = (iso: string, locale: 'ar' | 'en') =>
  new Intl.DateTimeFormat(locale === 'ar' ? 'ar-EG' : 'en-GB', { timeStyle: 'short', timeZone: 'Africa/Cairo' }).format(new Date(iso));

/**
 * A pharmacy asking for the patient's share of a prescription from the wallet: approve here instead of
 * reading the SMS code out at the counter. Shown only while there is a request; checked every few seconds.
 */
export function PharmacyRequestsCard() {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const t = useTranslations('copay');
  const locale = useLocale() as 'ar' | 'en';
  const errorText = useErrorText();
  const submission = useSubmissionKey();
  const pending = useQuery({ ...trpc.copay.pending.queryOptions({}), refetchInterval: 5_000 });

  const approve = useMutation({
    mutationFn: (collectionId: string) => client.copay.approve.mutate({ collectionId }, withIdempotencyKey(submission.key())),
    onSuccess: async (view, collectionId) => {
      submission.reset();
      const request = pending.data?.find((p) => p.collectionId === collectionId);
      const pharmacy = request ? (locale === 'ar' ? request.pharmacyNameAr : request.pharmacyName) : '';
      toast.success(t('approved', { amount: formatMoney(view.amount, locale), pharmacy }));
      await Promise.all([queryClient.invalidateQueries(trpc.copay.pathFilter()), queryClient.invalidateQueries(trpc.wallet.pathFilter())]);
    },
    onError: async (error) => {
      submission.reset();
      toast.error(errorText(errorInfo(error)));
      await queryClient.invalidateQueries(trpc.copay.pathFilter());
    },
  });

  const requests = pending.data ?? [];
  if (requests.length === 0) return null;
  return (
    <Card title={t('heading')} titleId="copay-requests-heading" className="border-amber-300">
      <p className="-mt-2 mb-3 text-sm text-slate-600">{t('hint')}</p>
      <ul aria-labelledby="copay-requests-heading" className="divide-y divide-slate-100">
        {requests.map((r) => (
          <li key={r.collectionId} className="flex flex-wrap items-center justify-between gap-3 py-3">
            <div className="min-w-0">
              <p className="font-medium">
                {t('request', { pharmacy: locale === 'ar' ? r.pharmacyNameAr : r.pharmacyName, prescription: `\u2066${r.prescriptionId}\u2069` })}
              </p>
              <p className="text-xs text-slate-500">{t('until', { time: time(r.expiresAt, locale) })}</p>
            </div>
            <div className="flex items-center gap-3">
              <Money piasters={r.amount} locale={locale} className="font-semibold" />
              <Button size="sm" loading={approve.isPending && approve.variables === r.collectionId} disabled={approve.isPending} onClick={() => approve.mutate(r.collectionId)}>
                {t('approve')}
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </Card>
  );
}
