'use client';

import {
  Button,
  credentialsSignIn,
  errorInfo,
  formatEgyptianMobile,
  minutesFrom,
  normalizeEgyptianMobile,
  TextField,
  toAsciiDigits,
  useTRPCClient,
} from '@healthpay/ui';
import { useLocale, useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';

type Step = { kind: 'phone' } | { kind: 'code'; phone: string };

const ltr = (s: string) => `\u2066${s}\u2069`;

/** Patients sign in with their mobile number and the 6-digit code sent to it by SMS. */
export function OtpSignIn() {
  const t = useTranslations('signin');
  const locale = useLocale();
  const client = useTRPCClient();
  const [step, setStep] = useState<Step>({ kind: 'phone' });
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const sendCode = async (event?: FormEvent) => {
    event?.preventDefault();
    setError(null);
    const normalized = normalizeEgyptianMobile(toAsciiDigits(phone));
    if (!normalized) {
      setError(t('invalidPhone'));
      return;
    }
    setBusy(true);
    try {
      await client.auth.requestOtp.mutate({ phone: normalized });
      setCode('');
      setStep({ kind: 'code', phone: normalized });
    } catch (e) {
      const info = errorInfo(e);
      if (info.code === 'RATE_LIMITED') setError(t('tooManyCodes', { minutes: minutesFrom(Number(info.details.retryAfterSeconds)) }));
      else if (info.code === 'VALIDATION_FAILED') setError(t('invalidPhone'));
      else setError(t('unavailable'));
    }
    setBusy(false);
  };

  const verify = async (event: FormEvent) => {
    event.preventDefault();
    if (step.kind !== 'code') return;
    const digits = toAsciiDigits(code).replace(/\D/g, '');
    if (digits.length !== 6) {
      setError(t('codeFormat'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const outcome = await credentialsSignIn('otp', { phone: step.phone, code: digits }, `/${locale}`);
      if (outcome.ok) {
        window.location.assign(outcome.url);
        return;
      }
      if (outcome.code === 'rate_limited') setError(t('tooManyTries', { minutes: minutesFrom(outcome.retryAfterSeconds) }));
      else if (outcome.code === 'code_expired') setError(t('codeExpired'));
      else if (outcome.code === 'invalid_code' || outcome.code === 'invalid_input') setError(t('wrongCode'));
      else setError(t('unavailable'));
    } catch {
      setError(t('unavailable'));
    }
    setBusy(false);
  };

  const alert = error ? (
    <p role="alert" className="rounded-xl border border-red-200 bg-red-50 p-3 text-sm text-red-900">
      {error}
    </p>
  ) : null;

  if (step.kind === 'phone') {
    return (
      <form onSubmit={(e) => void sendCode(e)} className="mt-6 space-y-4" noValidate>
        {alert}
        <TextField
          label={t('phone')}
          hint={t('phoneHint')}
          name="phone"
          type="tel"
          dir="ltr"
          inputMode="tel"
          autoComplete="tel-national"
          required
          value={phone}
          onChange={(e) => setPhone(e.target.value)}
        />
        <Button type="submit" loading={busy} className="w-full">
          {t('sendCode')}
        </Button>
      </form>
    );
  }

  return (
    <form onSubmit={(e) => void verify(e)} className="mt-6 space-y-4" noValidate>
      <p className="text-sm text-slate-700">{t('codeSent', { phone: ltr(formatEgyptianMobile(step.phone)) })}</p>
      {alert}
      <TextField
        autoFocus
        label={t('code')}
        name="code"
        dir="ltr"
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        required
        value={code}
        onChange={(e) => setCode(e.target.value)}
      />
      <Button type="submit" loading={busy} className="w-full">
        {t('signIn')}
      </Button>
      <div className="flex flex-wrap justify-between gap-2 text-sm">
        <button type="button" className="text-teal-800 underline" disabled={busy} onClick={() => void sendCode()}>
          {t('resend')}
        </button>
        <button
          type="button"
          className="text-teal-800 underline"
          onClick={() => {
            setError(null);
            setStep({ kind: 'phone' });
          }}
        >
          {t('changePhone')}
        </button>
      </div>
    </form>
  );
}
