import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { assertSafeKey } from './safe-key';
import type { DocumentStorage, StoredObject } from './storage-port';

export interface S3Settings {
  bucket: string;
  region: string;
  /** Unset: AWS itself; set for MinIO, Cloudflare R2, Backblaze and other S3-compatible stores. */
  endpoint?: string;
  forcePathStyle: boolean;
  credentials: { accessKeyId: string; secretAccessKey: string };
}

const isMissing = (error: unknown): boolean => {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e.name === 'NoSuchKey' || e.name === 'NotFound' || e.$metadata?.httpStatusCode === 404;
};

/** Production: an S3-compatible bucket. Objects are private (no ACL): only this server reads them back. */
export function s3DocumentStorage(settings: S3Settings, client?: S3Client): DocumentStorage {
  const s3 = client ?? new S3Client({
    region: settings.region,
    credentials: settings.credentials,
    forcePathStyle: settings.forcePathStyle,
    ...(settings.endpoint && { endpoint: settings.endpoint }),
  });
  const Bucket = settings.bucket;
  return {
    name: 's3',
    async put(key, bytes, contentType) {
      await s3.send(new PutObjectCommand({ Bucket, Key: assertSafeKey(key), Body: bytes, ContentType: contentType, ContentLength: bytes.byteLength }));
    },
    async get(key): Promise<StoredObject | null> {
      try {
        const out = await s3.send(new GetObjectCommand({ Bucket, Key: assertSafeKey(key) }));
        if (!out.Body) return null;
        return { bytes: await out.Body.transformToByteArray(), contentType: out.ContentType ?? 'application/octet-stream' };
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async delete(key) {
      await s3.send(new DeleteObjectCommand({ Bucket, Key: assertSafeKey(key) }));
    },
  };
}
