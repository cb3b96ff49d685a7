import { trpcFetchHandler } from '@healthpay/api';

const handler = trpcFetchHandler('merchant');

// OPTIONS: CORS preflights from the origins in CORS_ORIGINS (the handler answers them itself).
export { handler as GET, handler as POST, handler as OPTIONS };
