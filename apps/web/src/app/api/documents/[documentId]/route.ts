import { documentDownloadHandler } from '@healthpay/api';

/** A patient opens the documents of an insurance claim on their own card (audited). */
export const GET = documentDownloadHandler('web');
