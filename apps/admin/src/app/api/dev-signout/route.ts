import { devSignOutRoute } from '@healthpay/api';

export const POST = devSignOutRoute({ portal: 'admin', signIn: () => '/signin' });
