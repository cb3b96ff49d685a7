'use client';

import { PasswordSignInForm } from '@healthpay/ui';
import { useTranslations } from 'next-intl';

const codes = ['invalid_credentials', 'invalid_input', 'locked', 'totp_required', 'totp_invalid', 'rate_limited'];

/** The shared password form, in the page's language. */
export function SignInForm() {
  const t = useTranslations('portal.signin');
  return (
    <PasswordSignInForm
      home="/"
      text={{
        email: t('email'),
        password: t('password'),
        totp: t('totp'),
        submit: t('submit'),
        error: (code, minutes) => (codes.includes(code) ? t(code, { minutes }) : t('unavailable')),
      }}
    />
  );
}
