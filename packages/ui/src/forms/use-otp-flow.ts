'use client';

import { useState, type FormEvent } from 'react';
import { minutesFrom } from '../auth/credentials';
import { errorInfo } from '../errors';
import type { Translate } from '../lists/error-text';
import { toAsciiDigits } from '../numerals';
import { normalizeEgyptianMobile } from '../phone';

/** The first two steps of every patient OTP flow (sign-in, registration); a flow may add its own after them. */
export type OtpStep = { kind: 'phone' } | { kind: 'code'; phone: string };

/**
 * The OTP steps' words from a portal's messages (namespace with keys phone, phoneHint, sendCode, code,
 * codeSent `{phone}`, changePhone, invalidPhone, codeFormat, tooManyCodes `{minutes}`, unavailable).
 */
export const otpTextFrom = (t: Translate) => ({
  phone: t('phone'),
  phoneHint: t('phoneHint'),
  sendCode: t('sendCode'),
  code: t('code'),
  codeSent: (phone: string) => t('codeSent', { phone }),
  changePhone: t('changePhone'),
  invalidPhone: t('invalidPhone'),
  codeFormat: t('codeFormat'),
  unavailable: t('unavailable'),
  tooMany: (key: 'tooManyCodes' | 'tooManyTries', details: Record<string, unknown>) => t(key, { minutes: minutesFrom(Number(details.retryAfterSeconds)) }),
});
export type OtpText = ReturnType<typeof otpTextFrom>;

/**
 * A phone → code flow's state: the number and code typed, one error line, busy while a call runs.
 * `request` sends the SMS (the number is already normalised to +20…).
 */
export function useOtpFlow<Extra extends { kind: string } = never>(text: OtpText, request: (phone: string) => Promise<unknown>) {
  const [step, setStep] = useState<OtpStep | Extra>({ kind: 'phone' });
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  /**
   * Runs a call with busy on and the error cleared; `fail` words what it threw. When `work` resolves 'leaving'
   * (the page is navigating away) the form stays busy.
   */
  const run = async (work: () => Promise<'leaving' | void>, fail: (error: unknown) => string) => {
    setBusy(true);
    setError(null);
    try {
      if ((await work()) === 'leaving') return;
    } catch (e) {
      setError(fail(e));
    }
    setBusy(false);
  };

  const sendCode = async (event?: FormEvent) => {
    event?.preventDefault();
    setError(null);
    const normalized = normalizeEgyptianMobile(toAsciiDigits(phone));
    if (!normalized) return setError(text.invalidPhone);
    await run(
      async () => {
        await request(normalized);
        setCode('');
        setStep({ kind: 'code', phone: normalized });
      },
      (e) => {
        const info = errorInfo(e);
        return info.code === 'RATE_LIMITED' ? text.tooMany('tooManyCodes', info.details) : info.code === 'VALIDATION_FAILED' ? text.invalidPhone : text.unavailable;
      },
    );
  };

  /** The six digits typed (in any numerals), or null after saying what is wrong. */
  const digits = (): string | null => {
    const d = toAsciiDigits(code).replace(/\D/g, '');
    if (d.length === 6) return d;
    setError(text.codeFormat);
    return null;
  };

  const changePhone = () => {
    setError(null);
    setStep({ kind: 'phone' });
  };

  return { step, setStep, phone, setPhone, code, setCode, error, setError, busy, run, sendCode, digits, changePhone };
}
export type OtpFlow = ReturnType<typeof useOtpFlow>;
