import { devSignInRoute } from '@healthpay/api';
import { localeOf } from '@/i18n/locale-of';

export const POST = devSignInRoute({ portal: 'web', role: 'patient', home: (b) => `/${localeOf(b)}`, signIn: (b) => `/${localeOf(b)}/signin` });
