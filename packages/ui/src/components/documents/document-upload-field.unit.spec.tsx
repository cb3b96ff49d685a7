// @vitest-environment happy-dom
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PortalLocale } from '../../i18n/portal-locale';
import { deferred, jsonResponse, stubFetch, type SentRequest } from '../../testing/browser';
import { render, screen, userEvent, waitFor } from '../../testing/dom';
import { portalT } from '../../testing/messages';
import { DocumentUploadField, type DocumentUploadLabels } from './document-upload-field';
import { MAX_UPLOAD_BYTES, type UploadedDocument } from './upload-document';

/** The pharmacy portal's upload words (`insurance.upload`, errors by code as its useInsuranceText words them). */
function uploadLabels(locale: PortalLocale): DocumentUploadLabels {
  const t = portalT('merchant', locale, 'insurance');
  const codes = ['DOCUMENT_TOO_LARGE', 'DOCUMENT_TYPE_NOT_ALLOWED', 'NETWORK'];
  return {
    label: t('upload.label'), hint: t('upload.hint'), uploading: t('upload.uploading'), remove: t('upload.remove'), tooMany: t('upload.tooMany'),
    notStored: t('upload.notStored'), errorFor: (code) => t(codes.includes(code) ? `errors.${code}` : 'errors.generic'),
  };
}

/** /api/documents: stores PDFs, JPEGs and PNGs, refuses other kinds by their bytes (415). */
const documentsRoute = (r: SentRequest): Response => {
  const name = decodeURIComponent(r.headers['x-file-name'] ?? '');
  const contentType = r.headers['content-type'] ?? '';
  if (!['application/pdf', 'image/jpeg', 'image/png'].includes(contentType)) {
    return jsonResponse({ error: { code: 'DOCUMENT_TYPE_NOT_ALLOWED', message: 'no' } }, { status: 415 });
  }
  return jsonResponse({ documentId: `doc-${name}`, name, contentType, size: 20_480, sha256: 'ab' });
};

const pdf = (name: string, size = 20_480) => new File([new Uint8Array(size)], name, { type: 'application/pdf' });

function setup({ locale = 'en' as PortalLocale, initial = [] as UploadedDocument[] } = {}) {
  const onBusyChange = vi.fn<(busy: boolean) => void>();
  const labels = uploadLabels(locale);
  function ClaimForm() {
    const [documents, setDocuments] = useState(initial);
    return <DocumentUploadField value={documents} onChange={setDocuments} labels={labels} locale={locale} onBusyChange={onBusyChange} />;
  }
  render(<ClaimForm />);
  // A person can pick "All files" in the picker: the accept list is a hint, the server decides.
  return { user: userEvent.setup({ applyAccept: false }), onBusyChange, input: () => screen.getByLabelText(labels.label) as HTMLInputElement };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('DocumentUploadField', () => {
  it('uploads each picked file at once, busy meanwhile (told to the form), then links them with kind and size', async () => {
    const held = deferred<void>();
    const { sent } = stubFetch(async (r) => {
      await held.promise;
      return documentsRoute(r);
    });
    const { user, onBusyChange, input } = setup();
    expect(screen.getByText('Invoice, prescription… PDF, JPEG or PNG, up to 5 MB each, at most 5.').id).toBe(input().getAttribute('aria-describedby'));
    await user.upload(input(), [pdf('invoice.pdf'), pdf('رشتة.pdf')]);
    expect(onBusyChange.mock.calls).toEqual([[true]]);
    expect(input().disabled).toBe(true);
    expect(screen.getByText('Uploading…')).toBeTruthy();
    held.resolve();
    await waitFor(() => expect(onBusyChange.mock.calls).toEqual([[true], [false]]));
    expect(sent.map((r) => [r.method, r.path, r.headers['x-file-name']])).toEqual([
      ['POST', '/api/documents', 'invoice.pdf'],
      ['POST', '/api/documents', encodeURIComponent('رشتة.pdf')],
    ]);
    expect(screen.getByRole('link', { name: 'invoice.pdf' }).getAttribute('href')).toBe('/api/documents/doc-invoice.pdf');
    expect(screen.getByRole('link', { name: 'رشتة.pdf' })).toBeTruthy();
    expect(screen.getAllByText('(PDF · 20 KB)')).toHaveLength(2);
    expect(input().disabled).toBe(false);
  });

  it('refuses a file over 5 MB before sending it, naming the file', async () => {
    const { sent } = stubFetch(documentsRoute);
    const { user, onBusyChange, input } = setup();
    await user.upload(input(), pdf('scan.pdf', MAX_UPLOAD_BYTES + 1));
    expect((await screen.findByRole('alert')).textContent).toBe('scan.pdf: This file is larger than 5 MB.');
    expect(input().getAttribute('aria-invalid')).toBe('true');
    expect(sent).toEqual([]);
    expect(onBusyChange.mock.calls).toEqual([[true], [false]]);
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('shows the server’s refusal of a wrong kind of file, keeping the good ones of the same pick', async () => {
    stubFetch(documentsRoute);
    const { user, input } = setup();
    await user.upload(input(), [pdf('invoice.pdf'), new File(['GIF89a'], 'photo.gif', { type: 'image/gif' })]);
    expect((await screen.findByRole('alert')).textContent).toBe('photo.gif: Only PDF, JPEG and PNG files are accepted.');
    expect(screen.getByRole('link', { name: 'invoice.pdf' })).toBeTruthy();
  });

  it('says when the server cannot be reached', async () => {
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const { user, input } = setup();
    await user.upload(input(), pdf('invoice.pdf'));
    expect((await screen.findByRole('alert')).textContent).toBe("invoice.pdf: We couldn't reach HealthPay. Check your connection and try again.");
  });

  it('refuses more than five documents in all, uploading none of the pick', async () => {
    const { sent } = stubFetch(documentsRoute);
    const { user, input } = setup({ initial: [{ documentId: 'd1', name: 'a.pdf', contentType: 'application/pdf', size: 10, sha256: '' }] });
    await user.upload(input(), ['b', 'c', 'd', 'e', 'f'].map((n) => pdf(`${n}.pdf`)));
    expect((await screen.findByRole('alert')).textContent).toBe('Attach at most 5 documents.');
    expect(sent).toEqual([]);
  });

  it('"Remove all" empties the list', async () => {
    stubFetch(documentsRoute);
    const { user, input } = setup();
    await user.upload(input(), pdf('invoice.pdf'));
    await user.click(await screen.findByRole('button', { name: 'Remove all' }));
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('speaks Arabic with the Arabic messages, sizes in Arabic digits', async () => {
    stubFetch(documentsRoute);
    const { user } = setup({ locale: 'ar' });
    await user.upload(screen.getByLabelText('المستندات'), [pdf('invoice.pdf'), pdf('big.pdf', MAX_UPLOAD_BYTES + 1)]);
    expect((await screen.findByRole('alert')).textContent).toBe('big.pdf: حجم هذا الملف أكبر من 5 م.ب.');
    expect(screen.getByText('(PDF · ٢٠ ك.ب)')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'إزالة الكل' })).toBeTruthy();
  });
});

describe('DocumentUploadField while uploading', () => {
  it('keeps "Remove all" disabled until the upload ends (a removal then would be undone by the upload)', async () => {
    const held = deferred<void>();
    stubFetch(async (r) => {
      if (decodeURIComponent(r.headers['x-file-name'] ?? '') === 'second.pdf') await held.promise;
      return documentsRoute(r);
    });
    const { user, input } = setup();
    await user.upload(input(), pdf('first.pdf'));
    await screen.findByRole('link', { name: /first\.pdf/ });
    await user.upload(input(), pdf('second.pdf'));
    expect((screen.getByRole('button', { name: 'Remove all' }) as HTMLButtonElement).disabled).toBe(true);
    held.resolve();
    await screen.findByRole('link', { name: /second\.pdf/ });
    expect((screen.getByRole('button', { name: 'Remove all' }) as HTMLButtonElement).disabled).toBe(false);
  });
});
