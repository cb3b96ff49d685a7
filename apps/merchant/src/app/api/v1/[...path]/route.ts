import { restV1Handler } from '@healthpay/api';

const handler = restV1Handler();

export { handler as GET, handler as POST };
