import type { ReactNode } from 'react';
import { Card } from './card';
import { EmptyState } from './notice';

export interface TableColumn {
  label: string;
  align?: 'start' | 'end';
}

/**
 * A titled card holding one table (or an empty state): the frame every list on a detail screen shares.
 * Rows come as children (`<tr>`s), so each screen keeps its own cells.
 */
export function TableCard({ title, id, columns, empty, minWidth = '36rem', isEmpty, children }: {
  title: string;
  /** Id of the heading; the table is labelled by it. */
  id: string;
  columns: readonly TableColumn[];
  empty: string;
  minWidth?: string;
  isEmpty: boolean;
  children: ReactNode;
}) {
  return (
    <Card title={title} titleId={id}>
      {isEmpty ? (
        <EmptyState title={empty} />
      ) : (
        <div className="-mx-4 overflow-x-auto sm:-mx-6">
          <table aria-labelledby={id} className="w-full text-sm" style={{ minWidth }}>
            <thead className="text-xs uppercase tracking-wide text-slate-500">
              <tr>
                {columns.map((c, i) => (
                  <th key={c.label} scope="col" className={`px-4 py-2 font-medium ${c.align === 'end' ? 'text-end' : 'text-start'} ${i === 0 || i === columns.length - 1 ? 'sm:px-6' : ''}`}>
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">{children}</tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
