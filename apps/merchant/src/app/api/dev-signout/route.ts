import { devSignOutRoute } from '@healthpay/api';

export const POST = devSignOutRoute({ portal: 'merchant', signIn: () => '/signin' });
