'use client';

import type { ReactNode } from 'react';
import { cn } from '../cn';
import { Button } from '../components/button';
import { TextField } from '../components/field';
import { formatEgyptianMobile } from '../phone';
import type { OtpFlow, OtpText } from './use-otp-flow';

/** Keeps a phone number left-to-right inside Arabic text. */
const ltr = (s: string) => `\u2066${s}\u2069`;

// The browser's keyboards and autofill for each input (SMS codes fill in from the message on phones).
const phoneInput = { name: 'phone', type: 'tel', dir: 'ltr', inputMode: 'tel', autoComplete: 'tel-national', required: true } as const;
const codeInput = { name: 'code', dir: 'ltr', inputMode: 'numeric', autoComplete: 'one-time-code', maxLength: 6, required: true } as const;

/** A form's one error line, announced when it appears. */
export function FormAlert({ error, className }: { error: string | null; className?: string }) {
  if (!error) return null;
  return (
    <p role="alert" className={cn('rounded-xl border border-red-200 bg-red-50 p-3 text-sm text-red-900', className)}>
      {error}
    </p>
  );
}

/** Step one: the mobile number the code is sent to. */
export function PhoneStep({ flow, text, alert }: { flow: Pick<OtpFlow, 'phone' | 'setPhone' | 'busy' | 'sendCode'>; text: OtpText; alert: ReactNode }) {
  return (
    <form onSubmit={(e) => void flow.sendCode(e)} className="mt-6 space-y-4" noValidate>
      {alert}
      <TextField label={text.phone} hint={text.phoneHint} {...phoneInput} value={flow.phone} onChange={(e) => flow.setPhone(e.target.value)} />
      <Button type="submit" loading={flow.busy} className="w-full">
        {text.sendCode}
      </Button>
    </form>
  );
}

/** Step two: the 6-digit code sent to `phone`; `children` are the links under the button (resend, change number). */
export function CodeStep({ flow, phone, text, submit, busy, alert, onSubmit, children }: {
  flow: Pick<OtpFlow, 'code' | 'setCode'>;
  phone: string;
  text: OtpText;
  submit: string;
  /** Omit where the step only records the code (no call runs yet). */
  busy?: boolean;
  alert: ReactNode;
  onSubmit: () => void;
  children: ReactNode;
}) {
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
      className="mt-6 space-y-4"
      noValidate
    >
      <p className="text-sm text-slate-700">{text.codeSent(ltr(formatEgyptianMobile(phone)))}</p>
      {alert}
      <TextField autoFocus label={text.code} {...codeInput} value={flow.code} onChange={(e) => flow.setCode(e.target.value)} />
      <Button type="submit" loading={busy} className="w-full">
        {submit}
      </Button>
      {children}
    </form>
  );
}
