import { toAppError } from '@healthpay/api';
import { EmptyState, englishErrorMessages, Notice, type ClientErrorCode } from '@healthpay/ui';
import type { Metadata } from 'next';
import Link from 'next/link';
import { AuditFilterForm } from '@/components/audit/audit-filter-form';
import { auditHref, hasFilters, parseAuditSearch, type AuditSearch } from '@/components/audit/audit-search';
import { AuditTable } from '@/components/audit/audit-table';
import { ForbiddenNotice } from '@/components/audit/forbidden-notice';
import { serverCaller } from '@/server/session';

export const metadata: Metadata = { title: 'Audit log' };

const pageLink =
  'inline-flex h-11 items-center rounded-xl border border-slate-300 bg-white px-4 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-slate-500';
const textLink = 'font-medium text-teal-800 underline';

/** The API's error code in the words the client-side screens use (a server call throws TRPCError, not TRPCClientError). */
const messageFor = (code: string): string => englishErrorMessages[(code in englishErrorMessages ? code : 'INTERNAL') as ClientErrorCode];

/** Who did what, when, from where: rendered on the server from the URL's filters. */
export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const search = parseAuditSearch(await searchParams);
  const api = await serverCaller();
  const result = search.input
    ? await api.audit.list(search.input).then(
        (page) => ({ page, code: null }),
        (error: unknown) => ({ page: null, code: toAppError(error).code }),
      )
    : null;

  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">Audit log</h1>
      <p className="mb-4 text-sm text-slate-600">Every command and every staff read of patient data, newest first. Times are Cairo time.</p>
      {result?.code === 'FORBIDDEN' ? (
        <ForbiddenNotice>The audit log is for superadmins. Ask one if you need to know who did what.</ForbiddenNotice>
      ) : (
        <div className="space-y-4">
          {/* Keyed by the filters: a link to other filters re-renders this page, and uncontrolled inputs keep old values. */}
          <AuditFilterForm key={JSON.stringify(search.filters)} filters={search.filters} errors={search.errors} />
          {result?.code ? <Notice tone="error" title={messageFor(result.code)} /> : null}
          {result?.page && result.page.items.length > 0 ? (
            <>
              <AuditTable entries={result.page.items} />
              <nav aria-label="Audit log pages" className="flex flex-wrap justify-between gap-2">
                {search.input?.cursor ? (
                  <Link prefetch={false} href={auditHref(search.filters)} className={pageLink}>
                    Newest entries
                  </Link>
                ) : (
                  <span />
                )}
                {result.page.nextCursor ? (
                  <Link prefetch={false} href={auditHref(search.filters, result.page.nextCursor)} rel="next" className={pageLink}>
                    Older entries
                  </Link>
                ) : null}
              </nav>
            </>
          ) : result?.page ? (
            <NoEntries search={search} />
          ) : null}
        </div>
      )}
    </>
  );
}

function NoEntries({ search }: { search: AuditSearch }) {
  if (search.input?.cursor) {
    return (
      <EmptyState title="No older entries">
        <Link prefetch={false} href={auditHref(search.filters)} className={textLink}>
          Back to the newest entries
        </Link>
      </EmptyState>
    );
  }
  if (!hasFilters(search.filters)) return <EmptyState title="The audit log is empty" />;
  return (
    <EmptyState title="No entries match these filters">
      <Link href="/audit" className={textLink}>
        Clear the filters
      </Link>
    </EmptyState>
  );
}
