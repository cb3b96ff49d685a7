import { documentDownloadHandler } from '@healthpay/api';

/** Opens a claim document inline for someone allowed to see the claim (audited). */
export const GET = documentDownloadHandler('merchant');
