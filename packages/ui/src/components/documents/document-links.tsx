import { cn } from '../../cn';
import type { Locale } from '../../money';
import { documentHref, documentKind, formatFileSize } from './upload-document';

export interface ClaimDocument {
  name: string;
  contentType: string;
  size: number;
  documentId?: string | undefined;
}

/**
 * A claim's documents as links that open inline in a new tab, with kind and size. Claims filed before files
 * were stored have names only: those show without a link (`notStored` says why).
 */
export function DocumentLinks({ documents, locale, notStored, className }: { documents: ClaimDocument[]; locale: Locale; notStored: string; className?: string }) {
  return (
    // Spans, not a list: claims are list items themselves, and one list item per claim keeps them easy to find.
    <span className={cn('flex flex-wrap gap-x-3 gap-y-1 text-xs', className)}>
      {documents.map((d, i) => {
        const meta = `${documentKind(d.contentType)} · ${formatFileSize(d.size, locale)}`;
        return (
          <span key={d.documentId ?? `${d.name}-${i}`} className="min-w-0">
            {d.documentId ? (
              <a href={documentHref(d.documentId)} target="_blank" rel="noopener noreferrer" className="font-medium text-teal-800 underline">
                <bdi>{d.name}</bdi>
              </a>
            ) : (
              <span title={notStored}>
                <bdi>{d.name}</bdi>
              </span>
            )}{' '}
            <span className="text-slate-500">({meta})</span>
          </span>
        );
      })}
    </span>
  );
}
