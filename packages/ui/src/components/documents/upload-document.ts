import { formatNumber, type Locale } from '../../money';

/** What POST /api/documents answers: the id to name when filing, and what was stored. */
export interface UploadedDocument {
  documentId: string;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
}

/** The accepted kinds (checked again by their bytes on the server) and limits, for the file picker. */
export const DOCUMENT_ACCEPT = 'application/pdf,image/jpeg,image/png';
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
export const MAX_CLAIM_DOCUMENTS = 5;

export class DocumentUploadError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

/** Uploads one file to the portal's /api/documents (raw body, name percent-encoded in X-File-Name). */
export async function uploadDocument(file: File): Promise<UploadedDocument> {
  if (file.size > MAX_UPLOAD_BYTES) throw new DocumentUploadError('DOCUMENT_TOO_LARGE', 'The document is larger than 5 MB');
  let res: Response;
  try {
    res = await fetch('/api/documents', {
      method: 'POST',
      headers: { 'x-file-name': encodeURIComponent(file.name), 'content-type': file.type || 'application/octet-stream' },
      body: file,
      credentials: 'same-origin',
    });
  } catch {
    throw new DocumentUploadError('NETWORK', 'No answer from the server');
  }
  const body = (await res.json().catch(() => null)) as (UploadedDocument & { error?: { code: string; message: string } }) | null;
  if (!res.ok || !body || body.error) throw new DocumentUploadError(body?.error?.code ?? (res.status === 413 ? 'DOCUMENT_TOO_LARGE' : 'INTERNAL'), body?.error?.message ?? `HTTP ${res.status}`);
  return body;
}

/** Where a stored document opens inline (a new tab; the server checks who may see it). */
export const documentHref = (documentId: string): string => `/api/documents/${encodeURIComponent(documentId)}`;

const KIND: Record<string, string> = { 'application/pdf': 'PDF', 'image/jpeg': 'JPEG', 'image/png': 'PNG' };
export const documentKind = (contentType: string): string => KIND[contentType] ?? contentType;

/** 1.2 MB / 340 KB, with the locale's digits. */
export function formatFileSize(bytes: number, locale: Locale): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return `${formatNumber(Math.round(mb * 10) / 10, locale)} ${locale === 'ar' ? 'م.ب' : 'MB'}`;
  return `${formatNumber(Math.max(1, Math.round(bytes / 1024)), locale)} ${locale === 'ar' ? 'ك.ب' : 'KB'}`;
}
