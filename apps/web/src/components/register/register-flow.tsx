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
import { DetailsStep } from './details-step';
import { TERMS_VERSION, type DetailsFormOutput } from './register-schema';

type Step = { kind: 'phone' } | { kind: 'code'; phone: string } | { kind: 'details'; phone: string; code: string } | { kind: 'done' };

const ltr = (s: string) => `\u2066${s}\u2069`;

/**
 * Phone → code → details and consent → account, wallet and session. The code is checked by the last call
 * (registration.complete), which returns a fresh single-use code: the patient is then signed in through the
 * same Auth.js `otp` provider as on the sign-in page.
 */
export function RegisterFlow() {
  const t = useTranslations('register');
  const locale = useLocale();
  const client = useTRPCClient();
  const [step, setStep] = useState<Step>({ kind: 'phone' });
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const limited = (key: 'tooManyCodes' | 'tooManyTries', details: Record<string, unknown>) =>
    t(key, { minutes: minutesFrom(Number(details.retryAfterSeconds)) });

  const sendCode = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const normalized = normalizeEgyptianMobile(toAsciiDigits(phone));
    if (!normalized) return setError(t('invalidPhone'));
    setBusy(true);
    try {
      await client.registration.start.mutate({ phone: normalized });
      setCode('');
      setStep({ kind: 'code', phone: normalized });
    } catch (e) {
      const info = errorInfo(e);
      setError(info.code === 'RATE_LIMITED' ? limited('tooManyCodes', info.details) : info.code === 'VALIDATION_FAILED' ? t('invalidPhone') : t('unavailable'));
    }
    setBusy(false);
  };

  const takeCode = (event: FormEvent) => {
    event.preventDefault();
    if (step.kind !== 'code') return;
    const digits = toAsciiDigits(code).replace(/\D/g, '');
    if (digits.length !== 6) return setError(t('codeFormat'));
    setError(null);
    setStep({ kind: 'details', phone: step.phone, code: digits });
  };

  const complete = async (values: DetailsFormOutput) => {
    if (step.kind !== 'details') return;
    setBusy(true);
    setError(null);
    try {
      const done = await client.registration.complete.mutate({
        phone: step.phone, code: step.code, nameAr: values.nameAr, nameEn: values.nameEn,
        nationalId: toAsciiDigits(values.nationalId), consentVersion: TERMS_VERSION,
      });
      setStep({ kind: 'done' });
      const outcome = await credentialsSignIn('otp', { phone: done.phone, code: done.signInCode }, `/${locale}`);
      if (outcome.ok) return window.location.assign(outcome.url);
      setError(t('signInFailed'));
    } catch (e) {
      const info = errorInfo(e);
      const field = info.fieldErrors?.[0]?.path;
      if (info.code === 'RATE_LIMITED') setError(limited('tooManyTries', info.details));
      else if (info.code === 'DUPLICATE_NATIONAL_ID') setError(t('notRegistrable'));
      else if (info.code === 'VALIDATION_FAILED' && field === 'nationalId') setError(t('invalidNationalId'));
      else if (info.code === 'VALIDATION_FAILED') setError(t('wrongCode'));
      else setError(t('unavailable'));
    }
    setBusy(false);
  };

  const alert = error ? (
    <p role="alert" className="mt-4 rounded-xl border border-red-200 bg-red-50 p-3 text-sm text-red-900">
      {error}
    </p>
  ) : null;

  if (step.kind === 'done') {
    return (
      <>
        <p role="status" className="mt-6 rounded-xl border border-teal-200 bg-teal-50 p-3 text-sm text-teal-900">{t('done')}</p>
        {alert}
      </>
    );
  }
  if (step.kind === 'details') {
    return (
      <>
        {alert}
        <DetailsStep busy={busy} onSubmit={(v) => void complete(v)} />
      </>
    );
  }
  if (step.kind === 'code') {
    return (
      <form onSubmit={takeCode} className="mt-6 space-y-4" noValidate>
        <p className="text-sm text-slate-700">{t('codeSent', { phone: ltr(formatEgyptianMobile(step.phone)) })}</p>
        {alert}
        <TextField autoFocus label={t('code')} name="code" dir="ltr" inputMode="numeric" autoComplete="one-time-code" maxLength={6} required value={code} onChange={(e) => setCode(e.target.value)} />
        <Button type="submit" className="w-full">{t('next')}</Button>
        <button type="button" className="text-sm text-teal-800 underline" onClick={() => { setError(null); setStep({ kind: 'phone' }); }}>
          {t('changePhone')}
        </button>
      </form>
    );
  }
  return (
    <form onSubmit={(e) => void sendCode(e)} className="mt-6 space-y-4" noValidate>
      {alert}
      <TextField label={t('phone')} hint={t('phoneHint')} name="phone" type="tel" dir="ltr" inputMode="tel" autoComplete="tel-national" required value={phone} onChange={(e) => setPhone(e.target.value)} />
      <Button type="submit" loading={busy} className="w-full">{t('sendCode')}</Button>
    </form>
  );
}
