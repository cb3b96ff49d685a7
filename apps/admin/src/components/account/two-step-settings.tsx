'use client';

import { Button, Card, errorInfo, Notice, TextField, toast, useTRPC } from '@healthpay/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { useErrorText } from '@/i18n/error-text';
import { QrCode } from './qr-code';

export { QrCode } from './qr-code';

/** Secret in groups of four, easier to type into an authenticator app. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret;

/** Two-step sign-in (TOTP): turn on by scanning/typing the secret and proving a code; turn off with a code. */
export function TwoStepSettings() {
  const t = useTranslations('account.twoStep');
  const errorText = useErrorText('account');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const status = useQuery(trpc.account.totpStatus.queryOptions());
  const [enrolling, setEnrolling] = useState<{ secret: string; uri: string } | null>(null);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.account.totpStatus.queryKey() });
  // A code the server refused is a wrong code (its field error); anything else in the page's words.
  const codeError = (e: unknown) => setError(errorInfo(e).fieldErrors.some((f) => f.path === 'code') ? t('wrongCode') : errorText(e));

  const start = useMutation(trpc.account.startTotp.mutationOptions({
    onSuccess: (r) => {
      setEnrolling(r);
      setCode('');
      setError(null);
    },
    onError: (e) => setError(errorText(e)),
  }));
  const confirm = useMutation(trpc.account.confirmTotp.mutationOptions({
    onSuccess: async () => {
      setEnrolling(null);
      setCode('');
      toast.success(t('turnedOn'));
      await refresh();
    },
    onError: codeError,
  }));
  const disable = useMutation(trpc.account.disableTotp.mutationOptions({
    onSuccess: async () => {
      setCode('');
      toast.success(t('turnedOff'));
      await refresh();
    },
    onError: codeError,
  }));

  const submit = (action: 'confirm' | 'disable') => (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!/^\d{6}$/.test(code)) return setError(t('codeFormat'));
    (action === 'confirm' ? confirm : disable).mutate({ code });
  };

  const codeField = (
    <TextField
      label={t('code')}
      name="code"
      inputMode="numeric"
      autoComplete="one-time-code"
      maxLength={6}
      value={code}
      error={error ?? undefined}
      onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))}
    />
  );

  if (status.isPending) return <Card className="p-5">{t('loading')}</Card>;
  if (status.isError) return <Notice tone="error">{errorText(status.error)}</Notice>;

  return (
    <Card className="space-y-4 p-5">
      <h2 className="text-lg font-semibold">{t('title')}</h2>
      {status.data.status === 'on' ? (
        <form onSubmit={submit('disable')} className="space-y-3" noValidate>
          <p className="text-sm text-slate-700">{t('on')}</p>
          {codeField}
          <Button type="submit" variant="secondary" loading={disable.isPending}>
            {t('turnOff')}
          </Button>
        </form>
      ) : enrolling ? (
        <form onSubmit={submit('confirm')} className="space-y-3" noValidate>
          <p className="text-sm text-slate-700">{t('scan')}</p>
          <QrCode uri={enrolling.uri} />
          <p className="text-sm text-slate-700">{t('orType')}</p>
          <p dir="ltr" className="rounded-xl bg-slate-100 p-3 font-mono text-lg tracking-wider" aria-label={t('setupKey')}>
            {grouped(enrolling.secret)}
          </p>
          <p className="text-sm">
            <a className="text-teal-800 underline" href={enrolling.uri}>
              {t('openApp')}
            </a>
          </p>
          {codeField}
          <Button type="submit" loading={confirm.isPending}>
            {t('turnOn')}
          </Button>
        </form>
      ) : (
        <div className="space-y-3">
          <p className="text-sm text-slate-700">{t('off')}</p>
          {error ? <Notice tone="error">{error}</Notice> : null}
          <Button onClick={() => start.mutate({})} loading={start.isPending}>
            {t('setUp')}
          </Button>
        </div>
      )}
    </Card>
  );
}
