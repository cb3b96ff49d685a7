'use client';

import { PasswordSignInForm, signInTextFrom } from '@healthpay/ui';
import { useTranslations } from 'next-intl';

/** The kit's password form in the console's language. */
export function SignInForm() {
  return <PasswordSignInForm home="/" text={signInTextFrom(useTranslations('shell.signin'))} />;
}
