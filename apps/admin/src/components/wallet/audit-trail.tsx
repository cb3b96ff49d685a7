'use client';

import { Card, formatDateTime, formatNumber, nextCursor, PagedList, rowsOf, useTRPC } from '@healthpay/ui';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { usePortalLocale, useWalletErrorText } from './wallet-text';

const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** The wallet's events exactly as stored: the audit trail behind every balance. */
export function AuditTrail({ walletId }: { walletId: string }) {
  const t = useTranslations('wallets');
  const locale = usePortalLocale();
  const errorText = useWalletErrorText();
  const trpc = useTRPC();
  const events = useInfiniteQuery(trpc.wallet.events.infiniteQueryOptions({ walletId, limit: 20 }, { getNextPageParam: nextCursor }));
  const items = rowsOf(events.data);
  return (
    <Card title={t('audit.title')} titleId="audit-heading">
      <PagedList
        query={events}
        count={items.length}
        text={{ loading: t('audit.loading'), empty: t('audit.empty'), loadMore: t('audit.loadMore'), error: errorText }}
        loadingClassName="h-32 rounded-xl bg-slate-100"
        loadMoreClassName="mt-4 w-full"
      >
        <ol aria-labelledby="audit-heading" className="space-y-2">
          {items.map((e) => {
            const actor = text(e.metadata.actorId);
            const role = text(e.metadata.role);
            const operation = text(e.metadata.operation);
            return (
              <li key={e.eventId} className="rounded-xl border border-slate-100 p-3 text-sm">
                <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
                  <span className="font-medium" dir="ltr">{e.type}</span>
                  <span className="text-xs text-slate-500">
                    {t('audit.version', { version: formatNumber(e.version, locale) })} ·{' '}
                    <time dateTime={e.timestamp.toISOString()}>{formatDateTime(e.timestamp, locale)}</time>
                  </span>
                </div>
                <p className="mt-0.5 text-xs text-slate-600">
                  {t.rich('audit.by', { actor: actor ?? t('audit.unknown'), id: (chunks) => <bdi className="font-mono">{chunks}</bdi> })}
                  {role ? <bdi> ({role})</bdi> : null}
                  {operation ? <bdi dir="ltr"> · {operation}</bdi> : null}
                </p>
                <details className="mt-1.5">
                  <summary className="cursor-pointer text-xs font-medium text-teal-800">{t('audit.data')}</summary>
                  <pre className="mt-1 overflow-x-auto rounded-lg bg-slate-50 p-2 text-xs">{JSON.stringify(e.data, null, 2)}</pre>
                </details>
              </li>
            );
          })}
        </ol>
      </PagedList>
    </Card>
  );
}
