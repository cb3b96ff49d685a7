import { cn } from '@healthpay/ui';
import type { ReactNode } from 'react';

export interface Bar {
  key: string;
  label: ReactNode;
  /** Drives the bar's length (e.g. piasters). */
  value: number;
  /** What the value reads as (a <Money>, a count). */
  display: ReactNode;
  /** A second line under the label (claims, cards). */
  detail?: ReactNode;
}

/**
 * Horizontal bars as a table: screen readers read label and value cells; the bars are decoration
 * (aria-hidden). No chart library: CSS widths relative to the largest value (or `max`).
 */
export function BarChart({ caption, bars, max, tone = 'bg-teal-600', labelHeader, valueHeader }: {
  caption: string;
  bars: Bar[];
  max?: number;
  tone?: string;
  labelHeader: string;
  valueHeader: string;
}) {
  const top = Math.max(max ?? 0, ...bars.map((b) => b.value), 1);
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">{labelHeader}</th>
          <th scope="col">{valueHeader}</th>
        </tr>
      </thead>
      <tbody>
        {bars.map((b) => (
          <tr key={b.key} className="align-top">
            <th scope="row" className="w-2/5 py-1.5 pe-3 text-start font-normal">
              <span className="block truncate font-medium text-slate-800">{b.label}</span>
              {b.detail ? <span className="block text-xs text-slate-500">{b.detail}</span> : null}
            </th>
            <td className="py-1.5">
              <div className="flex items-center gap-2">
                <div className="h-5 min-w-0 flex-1 rounded bg-slate-100" aria-hidden="true">
                  <div className={cn('h-full rounded', tone)} style={{ width: `${Math.max(b.value > 0 ? 1 : 0, (b.value / top) * 100)}%` }} />
                </div>
                <span className="w-28 shrink-0 text-end font-medium tabular-nums">{b.display}</span>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
