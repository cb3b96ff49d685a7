import type { PasswordSignInText } from '../components/password-sign-in-form';
import type { Translate } from '../lists/error-text';

/** The sign-in refusals a portal's messages name (see the API's SIGN_IN_CODES); anything else is `unavailable`. */
export const SIGN_IN_ERROR_KEYS = ['invalid_credentials', 'invalid_input', 'locked', 'totp_required', 'totp_invalid', 'rate_limited'] as const;

/**
 * The password form's words from a portal's `signin` messages: keys email, password, totp, submit, unavailable and
 * one per SIGN_IN_ERROR_KEYS (`rate_limited` gets `{minutes}`).
 */
export function signInTextFrom(t: Translate): PasswordSignInText {
  return {
    email: t('email'),
    password: t('password'),
    totp: t('totp'),
    submit: t('submit'),
    error: (code, minutes) => ((SIGN_IN_ERROR_KEYS as readonly string[]).includes(code) ? t(code, { minutes }) : t('unavailable')),
  };
}
