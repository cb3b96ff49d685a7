'use client';

import { useId, useState } from 'react';
import type { Locale } from '../../money';
import { DocumentLinks } from './document-links';
import { DOCUMENT_ACCEPT, DocumentUploadError, MAX_CLAIM_DOCUMENTS, uploadDocument, type UploadedDocument } from './upload-document';

export interface DocumentUploadLabels {
  label: string;
  hint: string;
  uploading: string;
  remove: string;
  tooMany: string;
  notStored: string;
  /** The message for an upload refusal code (DOCUMENT_TOO_LARGE, DOCUMENT_TYPE_NOT_ALLOWED, NETWORK…). */
  errorFor: (code: string) => string;
}

/**
 * Picks claim documents and uploads each at once (so a bad file is refused before the form is sent); the form
 * then files the claim with `value.map((d) => d.documentId)`.
 */
export function DocumentUploadField({ value, onChange, labels, locale, error, disabled, onBusyChange }: {
  value: UploadedDocument[];
  onChange: (documents: UploadedDocument[]) => void;
  labels: DocumentUploadLabels;
  locale: Locale;
  error?: string | undefined;
  disabled?: boolean;
  /** Told when uploads start and end: the form keeps its submit button disabled meanwhile. */
  onBusyChange?: (busy: boolean) => void;
}) {
  const id = useId();
  const [busy, setBusy] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);

  const pick = async (files: File[]) => {
    setProblem(null);
    if (value.length + files.length > MAX_CLAIM_DOCUMENTS) return setProblem(labels.tooMany);
    setBusy(files.length);
    onBusyChange?.(true);
    const uploaded: UploadedDocument[] = [];
    for (const file of files) {
      try {
        uploaded.push(await uploadDocument(file));
      } catch (e) {
        setProblem(`${file.name}: ${labels.errorFor(e instanceof DocumentUploadError ? e.code : 'INTERNAL')}`);
      }
    }
    setBusy(0);
    onChange([...value, ...uploaded]);
    onBusyChange?.(false);
  };

  const message = problem ?? error;
  return (
    <div className="space-y-1.5">
      <label htmlFor={`${id}-docs`} className="block text-sm font-medium text-slate-700">
        {labels.label}
      </label>
      <input
        id={`${id}-docs`}
        type="file"
        multiple
        accept={DOCUMENT_ACCEPT}
        disabled={disabled || busy > 0 || value.length >= MAX_CLAIM_DOCUMENTS}
        aria-describedby={`${id}-docs-hint`}
        aria-invalid={message ? true : undefined}
        className="block w-full text-sm file:me-3 file:rounded-lg file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-medium"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length > 0) void pick(files);
        }}
      />
      <p id={`${id}-docs-hint`} role={message ? 'alert' : undefined} className={message ? 'text-sm text-red-700' : 'text-xs text-slate-500'}>
        {busy > 0 ? labels.uploading : (message ?? labels.hint)}
      </p>
      {value.length > 0 ? (
        <div className="flex flex-wrap items-start gap-3">
          <DocumentLinks documents={value} locale={locale} notStored={labels.notStored} />
          <button type="button" className="text-xs font-medium text-red-700 underline" disabled={disabled || busy > 0} onClick={() => onChange([])}>
            {labels.remove}
          </button>
        </div>
      ) : null}
    </div>
  );
}
