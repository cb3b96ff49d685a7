import { trpcFetchHandler } from '@healthpay/api';

const handler = trpcFetchHandler('merchant');

export { handler as GET, handler as POST };
