import { devSignOutRoute } from '@healthpay/api';
import { localeOf } from '@/i18n/locale-of';

export const POST = devSignOutRoute({ portal: 'web', signIn: (b) => `/${localeOf(b)}/signin` });
