import { cn } from '@healthpay/ui';
import type { ReactNode } from 'react';

export interface Column {
  label: ReactNode;
  key: string;
  align?: 'start' | 'end';
  /** Read by screen readers only (an actions column). */
  srOnly?: boolean;
}

/** A scrolling table in a card: the frame every staff list shares. Rows come as children (`<tr>`s). */
export function DataTable({ caption, columns, minWidth = '52rem', children }: { caption: string; columns: readonly Column[]; minWidth?: string; children: ReactNode }) {
  return (
    <div className="overflow-x-auto rounded-2xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-sm" style={{ minWidth }}>
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={cn('px-3 py-3 font-medium', c.align === 'end' ? 'text-end' : 'text-start')}>
                {c.srOnly ? <span className="sr-only">{c.label}</span> : c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}
