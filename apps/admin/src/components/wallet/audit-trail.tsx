'use client';

import type { RouterOutputs } from '@healthpay/api';
import { formatDateTime, formatNumber, nextCursor, PagedCard, pagedCardText, useTRPC, type Translate } from '@healthpay/ui';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { usePortalLocale, useWalletErrorText } from './wallet-text';

type WalletEvent = RouterOutputs['wallet']['events']['items'][number];

const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** The wallet's events exactly as stored: the audit trail behind every balance. */
export function AuditTrail({ walletId }: { walletId: string }) {
  const t = useTranslations('wallets');
  const errorText = useWalletErrorText();
  const trpc = useTRPC();
  const events = useInfiniteQuery(trpc.wallet.events.infiniteQueryOptions({ walletId, limit: 20 }, { getNextPageParam: nextCursor }));
  return (
    <PagedCard
      {...pagedCardText(t as Translate, 'audit', errorText)}
      titleId="audit-heading"
      query={events}
      rowKey={(e) => e.eventId}
      rows={{ ordered: true, listClassName: 'space-y-2', item: (e) => <AuditEvent event={e} /> }}
    />
  );
}

/** One stored event: type, version and time, who did it (role, operation) and its data as stored. */
function AuditEvent({ event: e }: { event: WalletEvent }) {
  const t = useTranslations('wallets');
  const locale = usePortalLocale();
  const actor = text(e.metadata.actorId);
  const role = text(e.metadata.role);
  const operation = text(e.metadata.operation);
  return (
    <li className="rounded-xl border border-slate-100 p-3 text-sm">
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
}
