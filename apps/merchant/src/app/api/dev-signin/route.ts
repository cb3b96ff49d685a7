import { devSignInRoute } from '@healthpay/api';

export const POST = devSignInRoute({ portal: 'merchant', role: 'pharmacist', home: () => '/', signIn: () => '/signin' });
