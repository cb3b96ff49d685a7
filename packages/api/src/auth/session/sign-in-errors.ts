import { CredentialsSignin } from '@auth/core/errors';

/**
 * Why a sign-in failed, as the `code` Auth.js puts in its answer. Codes never tell a wrong email from a
 * wrong password, nor whether a phone has an account.
 */
export const SIGN_IN_CODES = ['invalid_input', 'invalid_credentials', 'invalid_code', 'code_expired', 'locked', 'totp_required', 'totp_invalid', 'rate_limited'] as const;
export type SignInCode = (typeof SIGN_IN_CODES)[number];

export class SignInRefused extends CredentialsSignin {
  constructor(code: SignInCode) {
    super(code);
    this.code = code;
  }
}
