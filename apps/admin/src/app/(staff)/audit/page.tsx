import { toAppError } from '@healthpay/api';
import { EmptyState, Notice } from '@healthpay/ui';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { AuditFilterForm } from '@/components/audit/audit-filter-form';
import { auditHref, hasFilters, parseAuditSearch, type AuditSearch } from '@/components/audit/audit-search';
import { AuditTable } from '@/components/audit/audit-table';
import { ForbiddenNotice } from '@/components/audit/forbidden-notice';
import { errorTextOf, type Translator } from '@/i18n/error-text';
import { pageTitle } from '@/i18n/page-title';
import { serverCaller } from '@/server/session';

export const generateMetadata = pageTitle('audit');

const pageLink =
  'inline-flex h-11 items-center rounded-xl border border-slate-300 bg-white px-4 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-slate-500';
const textLink = 'font-medium text-teal-800 underline';

/** Who did what, when, from where: rendered on the server from the URL's filters. */
export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const search = parseAuditSearch(await searchParams);
  const [api, t] = await Promise.all([serverCaller(), getTranslations('audit')]);
  const result = search.input
    ? await api.audit.list(search.input).then(
        (page) => ({ page, code: null }),
        (error: unknown) => ({ page: null, code: toAppError(error).code }),
      )
    : null;

  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">{t('title')}</h1>
      <p className="mb-4 text-sm text-slate-600">{t('intro')}</p>
      {result?.code === 'FORBIDDEN' ? (
        <ForbiddenNotice>{t('forbidden')}</ForbiddenNotice>
      ) : (
        <div className="space-y-4">
          {/* Keyed by the filters: a link to other filters re-renders this page, and uncontrolled inputs keep old values. */}
          <AuditFilterForm key={JSON.stringify(search.filters)} filters={search.filters} errors={search.errors} />
          {/* A server call throws TRPCError, not TRPCClientError: its code is worded here directly. */}
          {result?.code ? <Notice tone="error" title={errorTextOf(t as unknown as Translator, result.code)} /> : null}
          {result?.page && result.page.items.length > 0 ? (
            <>
              <AuditTable entries={result.page.items} />
              <nav aria-label={t('pages')} className="flex flex-wrap justify-between gap-2">
                {search.input?.cursor ? (
                  <Link prefetch={false} href={auditHref(search.filters)} className={pageLink}>
                    {t('newest')}
                  </Link>
                ) : (
                  <span />
                )}
                {result.page.nextCursor ? (
                  <Link prefetch={false} href={auditHref(search.filters, result.page.nextCursor)} rel="next" className={pageLink}>
                    {t('older')}
                  </Link>
                ) : null}
              </nav>
            </>
          ) : result?.page ? (
            <NoEntries search={search} t={t as unknown as Translator} />
          ) : null}
        </div>
      )}
    </>
  );
}

function NoEntries({ search, t }: { search: AuditSearch; t: Translator }) {
  if (search.input?.cursor) {
    return (
      <EmptyState title={t('noOlder')}>
        <Link prefetch={false} href={auditHref(search.filters)} className={textLink}>
          {t('backToNewest')}
        </Link>
      </EmptyState>
    );
  }
  if (!hasFilters(search.filters)) return <EmptyState title={t('empty')} />;
  return (
    <EmptyState title={t('noMatch')}>
      <Link href="/audit" className={textLink}>
        {t('clearFilters')}
      </Link>
    </EmptyState>
  );
}
