'use client';

import { PasswordSignInForm, signInTextFrom } from '@healthpay/ui';
import { useTranslations } from 'next-intl';

/** The kit's password form in the portal's language. */
export function SignInForm() {
  return <PasswordSignInForm home="/" text={signInTextFrom(useTranslations('portal.signin'))} />;
}
