import { useTranslations } from 'next-intl';

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

/** The reason and the before → after values, then whatever else the record holds (field names stay as recorded). */
export function DetailsCell({ details }: { details: Record<string, unknown> }) {
  const t = useTranslations('audit.table');
  const { reason, changes, ...rest } = details;
  const lines = changeLines(changes);
  const other = compactDetails(rest);
  if (!reason && lines.length === 0 && !other) return <span className="text-slate-400">—</span>;
  return (
    <div className="max-w-[20rem] space-y-1 text-xs text-slate-700">
      {typeof reason === 'string' ? <p><span className="font-medium">{t('reason')}</span> <bdi dir="auto">{reason}</bdi></p> : null}
      {lines.length > 0 ? (
        <ul aria-label={t('changes')} className="space-y-0.5" dir="ltr">
          {lines.map((l) => <li key={l}><code>{l}</code></li>)}
        </ul>
      ) : null}
      {other ? <code dir="ltr" className="block truncate" title={JSON.stringify(rest, null, 2)}>{other}</code> : null}
    </div>
  );
}
