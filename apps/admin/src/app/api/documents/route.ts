import { documentUploadHandler } from '@healthpay/api';

/** One insurance claim document per request (raw body); the portal server caps this path at 6 MiB. */
export const POST = documentUploadHandler('admin');
