import { createHash } from 'node:crypto';
import { MAX_DOCUMENT_BYTES } from '@healthpay/domain';
import { fileTypeFromBuffer } from 'file-type';
import { AppError } from '../errors/app-error';

/** What an insurer reads: PDFs and photos of paper. Decided by the bytes, never by the name or declared type. */
export const ACCEPTED_DOCUMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type AcceptedDocumentType = (typeof ACCEPTED_DOCUMENT_TYPES)[number];

export const MAX_DOCUMENT_NAME = 200;

export interface CheckedUpload {
  name: string;
  contentType: AcceptedDocumentType;
  size: number;
  sha256: string;
}

export const tooLarge = (size?: number) =>
  new AppError('DOCUMENT_TOO_LARGE', `A document may be at most ${MAX_DOCUMENT_BYTES / 1024 / 1024} MiB`, { maxBytes: MAX_DOCUMENT_BYTES, ...(size !== undefined && { size }) });

/**
 * The file's own name, without any folder part, control or bidi-override characters; what a person sees
 * in the review screen (and the download name), never a path.
 */
export function cleanDocumentName(raw: string | null): string {
  const base = (raw ?? '').split(/[/\\]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069"]/g, '').trim().slice(0, MAX_DOCUMENT_NAME);
  return clean.length > 0 ? clean : 'document';
}

/** Checks an upload's size and kind (magic bytes); refused with a typed 4xx, never stored. */
export async function checkUpload(bytes: Uint8Array, rawName: string | null): Promise<CheckedUpload> {
  if (bytes.byteLength === 0) throw new AppError('VALIDATION_FAILED', 'The document is empty', {}, [{ path: 'file', message: 'empty' }]);
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) throw tooLarge(bytes.byteLength);
  const detected = await fileTypeFromBuffer(bytes);
  const type = ACCEPTED_DOCUMENT_TYPES.find((t) => t === detected?.mime);
  if (!type) {
    throw new AppError('DOCUMENT_TYPE_NOT_ALLOWED', 'Only PDF, JPEG and PNG documents are accepted', { accepted: ACCEPTED_DOCUMENT_TYPES, detected: detected?.mime ?? null });
  }
  return { name: cleanDocumentName(rawName), contentType: type, size: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') };
}
