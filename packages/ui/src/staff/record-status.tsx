import type { ReactNode } from 'react';
import { Button } from '../components/button';
import { EmptyState, Notice } from '../components/notice';
import { errorInfo } from '../errors';

export interface RecordStatusText {
  notFound: string;
  notFoundHint: ReactNode;
  loading: string;
  tryAgain: string;
}

/** The codes that mean "no such record" (a malformed id is refused as invalid). */
export const isMissing = (error: unknown, notFoundCode: string): boolean => [notFoundCode, 'VALIDATION_FAILED'].includes(errorInfo(error).code);

/**
 * What a record page shows until it has the record: not found (with a way back), a failure (with "try
 * again"), or a loading placeholder.
 */
export function RecordStatus({ missing, query, text, errorText, back }: {
  missing: boolean;
  query: { isError: boolean; error: unknown; refetch: () => unknown };
  text: RecordStatusText;
  errorText: (error: unknown) => string;
  /** A link back to the list. */
  back: ReactNode;
}) {
  if (missing) {
    return (
      <EmptyState title={text.notFound}>
        {text.notFoundHint} {back}
      </EmptyState>
    );
  }
  if (query.isError) {
    return (
      <Notice tone="error" title={errorText(query.error)}>
        <Button variant="secondary" size="sm" className="mt-2" onClick={() => void query.refetch()}>
          {text.tryAgain}
        </Button>
      </Notice>
    );
  }
  return <div role="status" aria-label={text.loading} className="h-64 animate-pulse rounded-2xl bg-slate-200" />;
}
