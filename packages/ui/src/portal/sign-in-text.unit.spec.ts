import { describe, expect, it } from 'vitest';
import { SIGN_IN_ERROR_KEYS, signInTextFrom } from './sign-in-text';

/** A stand-in translator that shows which key and values it was asked for. */
const t = (key: string, values?: Record<string, string | number>) => (values ? `${key}:${JSON.stringify(values)}` : key);

describe('signInTextFrom', () => {
  const text = signInTextFrom(t);

  it('takes the field labels from the portal’s messages', () => {
    expect([text.email, text.password, text.totp, text.submit]).toEqual(['email', 'password', 'totp', 'submit']);
  });

  it('words every known refusal by its own message, with the minutes to wait', () => {
    for (const code of SIGN_IN_ERROR_KEYS) expect(text.error(code, 3)).toBe(`${code}:{"minutes":3}`);
  });

  it('answers anything else (a network failure, a new provider code) as unavailable, never with the raw code', () => {
    expect(text.error('unavailable', 0)).toBe('unavailable');
    expect(text.error('CredentialsSignin', 1)).toBe('unavailable');
    expect(text.error('', 1)).toBe('unavailable');
  });
});
