import type { RouterOutputs } from '@healthpay/api';
import { Badge, TIME_ZONE } from '@healthpay/ui';
import Link from 'next/link';
import { auditHref } from './audit-search';

type Entry = RouterOutputs['audit']['list']['items'][number];

// Seconds matter when reconstructing who did what in which order.
const cairoTime = new Intl.DateTimeFormat('en-EG', { timeZone: TIME_ZONE, dateStyle: 'medium', timeStyle: 'medium' });

/** `{"streams":["a","b"],"idempotent":true}` → `streams=["a","b"] · idempotent=true`. */
export function compactDetails(details: Record<string, unknown>): string {
  return Object.entries(details)
    .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(' · ');
}

type Change = { from?: unknown; to?: unknown };
const isChange = (v: unknown): v is Change => typeof v === 'object' && v !== null && ('from' in v || 'to' in v);
const shown = (v: unknown) => (v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v));

/** `changes` as "field: before → after" lines (one level of stream ids for multi-stream commands). */
export function changeLines(changes: unknown): string[] {
  if (typeof changes !== 'object' || changes === null) return [];
  return Object.entries(changes).flatMap(([k, v]) =>
    isChange(v) ? [`${k}: ${shown(v.from)} → ${shown(v.to)}`] : changeLines(v).map((line) => `${k} ${line}`),
  );
}

/** The reason and the before → after values, then whatever else the record holds. */
function DetailsCell({ details }: { details: Record<string, unknown> }) {
  const { reason, changes, ...rest } = details;
  const lines = changeLines(changes);
  const other = compactDetails(rest);
  if (!reason && lines.length === 0 && !other) return <span className="text-slate-400">—</span>;
  return (
    <div className="max-w-[20rem] space-y-1 text-xs text-slate-700">
      {typeof reason === 'string' ? <p><span className="font-medium">Reason:</span> {reason}</p> : null}
      {lines.length > 0 ? (
        <ul aria-label="Changes" className="space-y-0.5">
          {lines.map((l) => <li key={l}><code>{l}</code></li>)}
        </ul>
      ) : null}
      {other ? <code className="block truncate" title={JSON.stringify(rest, null, 2)}>{other}</code> : null}
    </div>
  );
}

const filterLink = 'text-teal-800 hover:underline focus-visible:outline-2 focus-visible:outline-teal-700';
const th = 'px-3 py-3 text-start font-medium';
const td = 'px-3 py-2.5 align-top';

/** One page of the audit log; actor, action and aggregate link to the log filtered by them. */
export function AuditTable({ entries }: { entries: Entry[] }) {
  return (
    <div className="overflow-x-auto rounded-2xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full min-w-[64rem] text-sm">
        <caption className="sr-only">Audit log, newest first</caption>
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className={th}>Time (Cairo)</th>
            <th scope="col" className={th}>Actor</th>
            <th scope="col" className={th}>Action</th>
            <th scope="col" className={th}>Aggregate</th>
            <th scope="col" className={th}>Result</th>
            <th scope="col" className={th}>IP</th>
            <th scope="col" className={th}>User agent</th>
            <th scope="col" className={th}>Details</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {entries.map((e) => {
            return (
              <tr key={e.id} className={e.result === 'ok' ? undefined : 'bg-red-50/40'}>
                <td className={`${td} whitespace-nowrap text-slate-700`}>
                  <time dateTime={e.at.toISOString()} title={e.at.toISOString()}>
                    {cairoTime.format(e.at)}
                  </time>
                </td>
                <td className={td}>
                  {e.actorId ? (
                    <Link prefetch={false} href={auditHref({ actorId: e.actorId })} className={`${filterLink} font-mono text-xs`}>
                      {e.actorId}
                    </Link>
                  ) : (
                    <span className="text-slate-500">system</span>
                  )}
                  {e.role ? <span className="block text-xs text-slate-500">{e.role}</span> : null}
                </td>
                <td className={td}>
                  <Link prefetch={false} href={auditHref({ action: e.action })} className={`${filterLink} font-mono text-xs`}>
                    {e.action}
                  </Link>
                </td>
                <td className={`${td} max-w-[12rem] break-all`}>
                  {e.aggregateId ? (
                    <Link prefetch={false} href={auditHref({ aggregateId: e.aggregateId })} className={`${filterLink} font-mono text-xs`}>
                      {e.aggregateId}
                    </Link>
                  ) : (
                    <span className="text-slate-400">—</span>
                  )}
                </td>
                <td className={td}>
                  {e.result === 'ok' ? <Badge tone="green">OK</Badge> : <Badge tone="red">{e.result}</Badge>}
                </td>
                <td className={`${td} whitespace-nowrap font-mono text-xs text-slate-700`}>{e.ip ?? '—'}</td>
                <td className={td}>
                  {e.userAgent ? (
                    <span className="block max-w-[12rem] truncate text-xs text-slate-700" title={e.userAgent}>
                      {e.userAgent}
                    </span>
                  ) : (
                    <span className="text-slate-400">—</span>
                  )}
                </td>
                <td className={td}>
                  <DetailsCell details={e.details} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
