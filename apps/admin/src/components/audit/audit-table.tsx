import type { RouterOutputs } from '@healthpay/api';
import { Badge, TIME_ZONE } from '@healthpay/ui';
import { useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import { DataTable } from '../data-table';
import { DetailsCell } from './audit-details';
import { auditHref } from './audit-search';

type Entry = RouterOutputs['audit']['list']['items'][number];

const filterLink = 'text-teal-800 hover:underline focus-visible:outline-2 focus-visible:outline-teal-700';
const td = 'px-3 py-2.5 align-top';
const none = <span className="text-slate-400">—</span>;

/** One page of the audit log; actor, action and aggregate link to the log filtered by them (ids and action names stay as recorded). */
export function AuditTable({ entries }: { entries: Entry[] }) {
  const t = useTranslations('audit.table');
  // Seconds matter when reconstructing who did what in which order.
  const cairoTime = new Intl.DateTimeFormat(useLocale() === 'ar' ? 'ar-EG' : 'en-EG', { timeZone: TIME_ZONE, dateStyle: 'medium', timeStyle: 'medium' });
  const columns = (['time', 'actor', 'action', 'aggregate', 'result', 'ip', 'userAgent', 'details'] as const).map((key) => ({ key, label: t(key) }));
  const filter = (href: Parameters<typeof auditHref>[0], text: string) => (
    <Link prefetch={false} href={auditHref(href)} className={`${filterLink} font-mono text-xs`}>
      <bdi>{text}</bdi>
    </Link>
  );
  return (
    <DataTable caption={t('caption')} columns={columns} minWidth="64rem">
      {entries.map((e) => (
        <tr key={e.id} className={e.result === 'ok' ? undefined : 'bg-red-50/40'}>
          <td className={`${td} whitespace-nowrap text-slate-700`}>
            <time dateTime={e.at.toISOString()} title={e.at.toISOString()}>
              {cairoTime.format(e.at)}
            </time>
          </td>
          <td className={td}>
            {e.actorId ? filter({ actorId: e.actorId }, e.actorId) : <span className="text-slate-500">{t('system')}</span>}
            {e.role ? <bdi className="block text-xs text-slate-500">{e.role}</bdi> : null}
          </td>
          <td className={td}>{filter({ action: e.action }, e.action)}</td>
          <td className={`${td} max-w-[12rem] break-all`}>{e.aggregateId ? filter({ aggregateId: e.aggregateId }, e.aggregateId) : none}</td>
          <td className={td}>{e.result === 'ok' ? <Badge tone="green">{t('ok')}</Badge> : <Badge tone="red"><bdi>{e.result}</bdi></Badge>}</td>
          <td className={`${td} whitespace-nowrap font-mono text-xs text-slate-700`}><bdi>{e.ip ?? '—'}</bdi></td>
          <td className={td}>
            {e.userAgent ? (
              <bdi dir="ltr" className="block max-w-[12rem] truncate text-xs text-slate-700" title={e.userAgent}>
                {e.userAgent}
              </bdi>
            ) : (
              none
            )}
          </td>
          <td className={td}>
            <DetailsCell details={e.details} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
