'use client';

import { useState, type FormEvent } from 'react';
import { credentialsSignIn, minutesFrom } from '../auth/credentials';
import { Button } from './button';
import { TextField } from './field';

const messages: Record<string, (wait: number) => string> = {
  invalid_credentials: () => 'That email and password don’t match an account here.',
  invalid_input: () => 'Enter your email and password.',
  locked: () => 'Too many wrong passwords: this account is locked for a while. Try again later or ask a superadmin.',
  totp_required: () => 'Enter the 6-digit code from your authenticator app.',
  totp_invalid: () => 'That code is not right. Use the newest code from your authenticator app.',
  rate_limited: (wait) => `Too many sign-in attempts. Try again in ${wait} minute${wait === 1 ? '' : 's'}.`,
};

/** The form's words; a portal in Arabic passes its own (English by default). */
export interface PasswordSignInText {
  email: string;
  password: string;
  totp: string;
  submit: string;
  /** Why sign-in failed: the provider's code (`unavailable` when there is none) and, when rate limited, the minutes to wait. */
  error: (code: string, waitMinutes: number) => string;
}

const unavailable = 'Sign-in is unavailable right now. Try again in a moment.';
const englishText: PasswordSignInText = {
  email: 'Email',
  password: 'Password',
  totp: 'Authenticator code',
  submit: 'Sign in',
  error: (code, wait) => (messages[code] ?? (() => unavailable))(wait),
};

/** Email + password sign-in (staff console, pharmacy portal), asking for a TOTP code when the account has one. */
export function PasswordSignInForm({ home, text = englishText }: { home: string; text?: PasswordSignInText }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [needsTotp, setNeedsTotp] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const outcome = await credentialsSignIn('password', { email, password, ...(needsTotp ? { totp } : {}) }, home);
      if (outcome.ok) {
        window.location.assign(outcome.url);
        return;
      }
      if (outcome.code === 'totp_required' || outcome.code === 'totp_invalid') setNeedsTotp(true);
      setError(text.error(outcome.code, minutesFrom(outcome.retryAfterSeconds)));
    } catch {
      setError(text.error('unavailable', 0));
    }
    setBusy(false);
  };

  return (
    <form onSubmit={(e) => void submit(e)} className="mt-6 space-y-4" noValidate>
      {error ? (
        <p role="alert" className="rounded-xl border border-red-200 bg-red-50 p-3 text-sm text-red-900">
          {error}
        </p>
      ) : null}
      <TextField label={text.email} type="email" name="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
      <TextField label={text.password} type="password" name="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
      {needsTotp ? (
        <TextField
          label={text.totp}
          name="totp"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="\d{6}"
          maxLength={6}
          required
          value={totp}
          onChange={(e) => setTotp(e.target.value.replace(/\D/g, ''))}
        />
      ) : null}
      <Button type="submit" loading={busy} className="w-full">
        {text.submit}
      </Button>
    </form>
  );
}
