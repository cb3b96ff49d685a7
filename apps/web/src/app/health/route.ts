export { healthHandler as GET } from '@healthpay/api';

export const dynamic = 'force-dynamic';
