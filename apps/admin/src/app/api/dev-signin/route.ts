import { devSignInRoute } from '@healthpay/api';

export const POST = devSignInRoute({ portal: 'admin', role: 'admin', home: () => '/wallets', signIn: () => '/signin' });
