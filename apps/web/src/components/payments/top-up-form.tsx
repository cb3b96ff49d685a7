'use client';

import {
  Button,
  Card,
  cn,
  errorInfo,
  formatMoney,
  isClientError,
  Notice,
  piastersToDecimal,
  TextField,
  toast,
  useSubmissionKey,
  useTRPC,
  useTRPCClient,
  withIdempotencyKey,
} from '@healthpay/ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useRouter } from '@/i18n/navigation';
import { useErrorText } from '@/lib/use-error-text';
import { TOP_UP_MAX, TOP_UP_MIN, TOP_UP_PRESETS, topUpForm, type AmountProblem, type TopUpFormInput, type TopUpFormOutput } from './top-up-schema';

type Provider = TopUpFormOutput['provider'];
const PROVIDERS: Provider[] = ['paymob', 'fawry'];

/** "10000" piasters → "100" (or "100.50"), as a person would type it. */
const asTyped = (piasters: number) => piastersToDecimal(piasters).replace(/\.00$/, '');

/** Choose card (Paymob) or cash at Fawry and an amount; card goes to Paymob's checkout, Fawry to the code page. */
export function TopUpForm({ walletId }: { walletId: string }) {
  const t = useTranslations('topUp');
  const locale = useLocale();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const router = useRouter();
  const errorText = useErrorText();
  const submission = useSubmissionKey();
  const [redirecting, setRedirecting] = useState(false);
  const providers = useQuery(trpc.payments.providers.queryOptions());
  const form = useForm<TopUpFormInput, unknown, TopUpFormOutput>({
    resolver: zodResolver(topUpForm),
    defaultValues: { provider: 'paymob', amount: '' },
  });
  const provider = form.watch('provider');
  const amount = form.watch('amount');
  const unavailable = (p: Provider) => providers.data?.[p] === 'unavailable';

  // The chosen way to pay went down: switch to the other one if it is up.
  useEffect(() => {
    const other = provider === 'paymob' ? 'fawry' : 'paymob';
    if (providers.data?.[provider] === 'unavailable' && providers.data[other] === 'available') form.setValue('provider', other);
  }, [providers.data, provider, form]);

  const topUp = useMutation({
    mutationFn: (v: TopUpFormOutput) =>
      client.payments.topUp.mutate({ walletId, provider: v.provider, amount: v.amount, locale }, withIdempotencyKey(submission.key())),
  });

  const submit = form.handleSubmit((values) =>
    topUp.mutate(values, {
      onSuccess: (result) => {
        submission.reset();
        void queryClient.invalidateQueries(trpc.payments.mine.pathFilter());
        if (result.provider === 'paymob' && result.checkoutUrl) {
          setRedirecting(true);
          // Paymob's return (GET /api/payments/paymob/return) picks the page's language from next-intl's cookie,
          // which next-intl does not set while the URL alone decides the locale: set it for the round trip.
          document.cookie = `NEXT_LOCALE=${locale}; path=/; max-age=86400; SameSite=Lax`;
          window.location.assign(result.checkoutUrl);
          return;
        }
        router.push(`/payments/${result.paymentId}`);
      },
      onError: (error) => {
        const info = errorInfo(error);
        const text = errorText(info);
        toast.error(text);
        if (info.code === 'PROVIDER_UNAVAILABLE') {
          // Nothing was started: a new attempt is a new request, and the options show what is up now.
          submission.reset();
          form.setError('provider', { message: text });
          void queryClient.invalidateQueries(trpc.payments.providers.queryFilter());
          return;
        }
        // Refused as it stands: a changed request gets a new key. No answer: retrying reuses this one.
        if (!isClientError(error)) return;
        submission.reset();
        const amountError = info.fieldErrors.find((f) => f.path === 'amount');
        if (amountError || info.code === 'INVALID_AMOUNT') form.setError('amount', { message: text }, { shouldFocus: true });
      },
    }),
  );

  const amountError = form.formState.errors.amount?.message;
  const providerError = form.formState.errors.provider?.message;
  const limits = { min: formatMoney(TOP_UP_MIN, locale), max: formatMoney(TOP_UP_MAX, locale) };
  const amountField = form.register('amount', { onChange: () => submission.reset() });

  return (
    <Card>
      <form noValidate onSubmit={(e) => void submit(e)} className="space-y-6" aria-label={t('title')}>
        <fieldset className="space-y-3">
          <legend className="mb-2 text-sm font-medium text-slate-700">{t('method')}</legend>
          {PROVIDERS.map((p) => {
            const down = unavailable(p);
            const hintId = `provider-${p}-hint`;
            return (
              <div
                key={p}
                className={cn(
                  'flex items-start gap-3 rounded-xl border p-3',
                  provider === p && !down ? 'border-teal-600 bg-teal-50' : 'border-slate-200',
                  down && 'opacity-70',
                )}
              >
                <input
                  id={`provider-${p}`}
                  type="radio"
                  value={p}
                  disabled={down}
                  aria-describedby={hintId}
                  className="mt-1 size-4 accent-teal-700"
                  {...form.register('provider', { onChange: () => submission.reset() })}
                />
                <div className="min-w-0">
                  <label htmlFor={`provider-${p}`} className="font-medium text-slate-900">
                    {t(p)}
                  </label>
                  <p id={hintId} className="text-sm text-slate-600">
                    {down ? errorText({ code: 'PROVIDER_UNAVAILABLE', message: '', fieldErrors: [], details: { provider: p } }) : t(`${p}Hint`)}
                  </p>
                </div>
              </div>
            );
          })}
          {providerError ? <Notice tone="error">{providerError === 'provider' ? t('invalid.provider') : providerError}</Notice> : null}
        </fieldset>

        <fieldset>
          <legend className="mb-2 text-sm font-medium text-slate-700">{t('presets')}</legend>
          <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
            {TOP_UP_PRESETS.map((p) => {
              const value = asTyped(p);
              return (
                <Button
                  key={p}
                  variant="secondary"
                  aria-pressed={amount === value}
                  className={cn(amount === value && 'border-teal-600 bg-teal-50 text-teal-900')}
                  onClick={() => {
                    form.setValue('amount', value, { shouldValidate: form.formState.isSubmitted });
                    submission.reset();
                  }}
                >
                  {formatMoney(p, locale)}
                </Button>
              );
            })}
          </div>
        </fieldset>

        <TextField
          label={t('amount')}
          hint={t('amountHint', limits)}
          error={amountError ? amountText(t, amountError, limits) : undefined}
          inputMode="decimal"
          autoComplete="off"
          dir="ltr"
          className="rtl:text-right"
          {...amountField}
        />

        <Button type="submit" size="lg" className="w-full" loading={topUp.isPending || redirecting}>
          {provider === 'fawry' ? t('submitFawry') : t('submitPaymob')}
        </Button>
        {redirecting ? (
          <p role="status" className="text-center text-sm text-slate-600">
            {t('redirecting')}
          </p>
        ) : null}
      </form>
    </Card>
  );
}

const PROBLEMS: readonly AmountProblem[] = ['empty', 'invalid', 'too_many_decimals', 'not_positive', 'too_large', 'tooSmall', 'tooBig'];

/** The schema's problem key in words; a message from the server is shown as it is. */
function amountText(t: ReturnType<typeof useTranslations<'topUp'>>, message: string, limits: { min: string; max: string }): string {
  const problem = PROBLEMS.find((p) => p === message);
  if (!problem) return message;
  return t(`invalid.${problem}`, limits);
}
