import type { SignInBody } from '@healthpay/api';
import { hasLocale } from 'next-intl';
import { routing } from './routing';

/** The locale a sign-in form posted, or the default. */
export const localeOf = (b: SignInBody) => (hasLocale(routing.locales, b.fields.locale) ? b.fields.locale : routing.defaultLocale);
