import { MAX_DOCUMENT_BYTES } from '@healthpay/domain';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error';
import { tinyJpeg, tinyPdf, tinyPng } from '../testing/documents';
import { checkUpload, cleanDocumentName } from './upload-check';

const refusal = (p: Promise<unknown>) => p.then(() => null, (e: AppError) => ({ code: e.code, status: e.httpStatus }));
const padded = (head: Uint8Array, size: number) => {
  const bytes = new Uint8Array(size);
  bytes.set(head);
  return bytes;
};

describe('what an upload may be', () => {
  it('accepts PDF, JPEG and PNG by their bytes, with size and SHA-256', async () => {
    expect(await checkUpload(tinyPdf(), 'invoice.pdf')).toMatchObject({ contentType: 'application/pdf', name: 'invoice.pdf', size: tinyPdf().byteLength });
    expect((await checkUpload(tinyJpeg(), 'scan.jpg')).contentType).toBe('image/jpeg');
    expect((await checkUpload(tinyPng(), 'scan.png')).contentType).toBe('image/png');
    expect((await checkUpload(new TextEncoder().encode('%PDF-1.4\n%%EOF\n'), 'a.pdf')).sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('decides by the bytes, not the name: a PNG named .pdf is a PNG, HTML named .pdf is refused', async () => {
    expect((await checkUpload(tinyPng(), 'invoice.pdf')).contentType).toBe('image/png');
    expect(await refusal(checkUpload(new TextEncoder().encode('<html><script>alert(1)</script></html>'), 'invoice.pdf'))).toEqual({ code: 'DOCUMENT_TYPE_NOT_ALLOWED', status: 415 });
  });

  it.each([
    ['an executable', new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0])],
    ['a zip archive', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])],
    ['plain text', new TextEncoder().encode('just some text')],
  ])('refuses %s', async (_, bytes) => {
    expect(await refusal(checkUpload(bytes, 'x.pdf'))).toEqual({ code: 'DOCUMENT_TYPE_NOT_ALLOWED', status: 415 });
  });

  it(`takes up to ${MAX_DOCUMENT_BYTES} bytes and refuses one more with 413`, async () => {
    expect((await checkUpload(padded(tinyPdf(), MAX_DOCUMENT_BYTES), 'big.pdf')).size).toBe(MAX_DOCUMENT_BYTES);
    expect(await refusal(checkUpload(padded(tinyPdf(), MAX_DOCUMENT_BYTES + 1), 'big.pdf'))).toEqual({ code: 'DOCUMENT_TOO_LARGE', status: 413 });
  });

  it('refuses an empty file as invalid input', async () => {
    expect(await refusal(checkUpload(new Uint8Array(0), 'empty.pdf'))).toEqual({ code: 'VALIDATION_FAILED', status: 400 });
  });
});

describe('document names', () => {
  it.each([
    ['C:\\Users\\karim\\invoice.pdf', 'invoice.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['فاتورة الصيدلية.pdf', 'فاتورة الصيدلية.pdf'],
    ['evil\u202Efdp.exe', 'evilfdp.exe'],
    ['a"b\u0000c.pdf', 'abc.pdf'],
    ['   ', 'document'],
    [null, 'document'],
  ])('%j → %j', (raw, clean) => expect(cleanDocumentName(raw)).toBe(clean));

  it('is at most 200 characters', () => expect(cleanDocumentName('a'.repeat(500))).toHaveLength(200));
});
