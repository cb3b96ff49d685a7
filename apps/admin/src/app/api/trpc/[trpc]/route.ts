import { trpcFetchHandler } from '@healthpay/api';

const handler = trpcFetchHandler('admin');

export { handler as GET, handler as POST };
