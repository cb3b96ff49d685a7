import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getUser } from '@healthpay/db';
import { fsDocumentStorage } from '../documents/storage/fs-storage';
import type { DocumentStorage } from '../documents/storage/storage-port';
import { recordUpload, type UploadedDocument } from '../documents/record-upload';
import { checkUpload } from '../documents/upload-check';
import type { Services } from '../services/services';

/** The filesystem adapter in a fresh temporary directory (never the repository's .data). */
export const testDocumentStorage = (): DocumentStorage => fsDocumentStorage(mkdtempSync(path.join(tmpdir(), 'hp-documents-')));

/** A small but real PDF (the magic bytes are what the upload check reads). */
export const tinyPdf = (text = 'invoice'): Uint8Array<ArrayBuffer> =>
  new TextEncoder().encode(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`);

/** The smallest JPEG and PNG headers file-type recognises. */
export const tinyJpeg = (): Uint8Array<ArrayBuffer> => new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9]);
export const tinyPng = (): Uint8Array<ArrayBuffer> =>
  new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, 0x90, 0x77, 0x53, 0xde, 0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);

/** Uploads a document as a seeded user, the way POST /api/documents does (for specs that file claims). */
export async function uploadAs(services: Services, userId: string, name = 'invoice.pdf', bytes = tinyPdf(name)): Promise<UploadedDocument> {
  const user = await getUser(services.pool, userId);
  if (!user) throw new Error(`no such demo user ${userId}`);
  const checked = await checkUpload(bytes, name);
  return recordUpload(services, { userId: user.id, role: user.role, pharmacyId: user.pharmacyId }, { ...checked, bytes });
}
