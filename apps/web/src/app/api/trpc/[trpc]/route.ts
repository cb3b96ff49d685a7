import { trpcFetchHandler } from '@healthpay/api';

const handler = trpcFetchHandler('web');

export { handler as GET, handler as POST };
