import type { Env } from '@healthpay/config';
import { fsDocumentStorage } from './fs-storage';
import { s3DocumentStorage } from './s3-storage';
import type { DocumentStorage } from './storage-port';

/** The adapter HP_DOCUMENT_STORAGE names (env.ts already refused an unsafe production choice). */
export function documentStorageFromEnv(e: Env): DocumentStorage {
  if (e.HP_DOCUMENT_STORAGE === 'fs') return fsDocumentStorage(e.HP_DOCUMENTS_DIR);
  if (!e.S3_BUCKET || !e.S3_ACCESS_KEY_ID || !e.S3_SECRET_ACCESS_KEY) {
    throw new Error('HP_DOCUMENT_STORAGE=s3 needs S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY');
  }
  return s3DocumentStorage({
    bucket: e.S3_BUCKET,
    region: e.S3_REGION,
    forcePathStyle: e.S3_FORCE_PATH_STYLE,
    credentials: { accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY },
    ...(e.S3_ENDPOINT && { endpoint: e.S3_ENDPOINT }),
  });
}
