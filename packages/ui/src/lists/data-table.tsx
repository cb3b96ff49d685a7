import type { ReactNode } from 'react';
import { cn } from '../cn';

/** One column of a {@link DataTable}: its heading and how a row fills its cell. */
export interface DataColumn<T> {
  /** The heading (also the column's key). */
  label: string;
  /** Heading only for screen readers (a column of links or buttons). */
  hideLabel?: boolean;
  align?: 'start' | 'end';
  /** Extra classes of the body cells. */
  className?: string;
  cell: (row: T) => ReactNode;
}

const alignOf = (c: { align?: 'start' | 'end' }) => (c.align === 'end' ? 'text-end' : 'text-start');

/**
 * A list's table in its own scrolling frame: a screen-reader caption, column headings and, by default, the
 * first cell of each row as its row header. Each screen gives only its columns.
 */
export function DataTable<T>({ caption, labelledBy, inCard = false, plain = false, columns, rows, rowKey, minWidth = '40rem', rowHeader = true, hover = true, rowClassName, footer, className }: {
  /** The table's name: a screen-reader caption, or the id of a visible heading (`labelledBy`). */
  caption?: string;
  labelledBy?: string;
  /** Inside a card: no frame of its own, edge to edge. */
  inCard?: boolean;
  /** Printed matter (a receipt): no frame, no rules, tight rows, row headers in normal weight. */
  plain?: boolean;
  columns: readonly DataColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  minWidth?: string;
  rowHeader?: boolean;
  hover?: boolean;
  /** Extra classes of each body row (e.g. `align-top` when a cell may grow), or of one row (a highlight). */
  rowClassName?: string | ((row: T) => string | false | undefined);
  /** A totals row: one cell per column, aligned like the column. */
  footer?: readonly ReactNode[];
  className?: string;
}) {
  const pad = (i: number) => (plain ? 'py-1' : cn(inCard ? 'px-4 py-2' : 'px-4 py-3', inCard && (i === 0 || i === columns.length - 1) && 'sm:px-6'));
  const rowHeadWeight = plain ? 'font-normal' : 'font-medium';
  return (
    <div className={cn(!plain && 'overflow-x-auto', plain ? undefined : inCard ? '-mx-4 sm:-mx-6' : 'rounded-2xl border border-slate-200 bg-white shadow-sm', className)}>
      <table aria-labelledby={labelledBy} className={plain ? 'w-full' : 'w-full text-sm'} style={plain ? undefined : { minWidth }}>
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <thead className={cn('text-xs text-slate-500', !plain && 'uppercase tracking-wide', !inCard && !plain && 'bg-slate-50')}>
          <tr>
            {columns.map((c, i) => (
              <th key={c.label} scope="col" className={cn(pad(i), 'font-medium', alignOf(c))}>
                {c.hideLabel ? <span className="sr-only">{c.label}</span> : c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className={plain ? undefined : 'divide-y divide-slate-100'}>
          {rows.map((row) => (
            <tr key={rowKey(row)} className={cn(hover && 'hover:bg-slate-50', typeof rowClassName === 'function' ? rowClassName(row) : rowClassName) || undefined}>
              {columns.map((c, i) =>
                rowHeader && i === 0 ? (
                  <th key={c.label} scope="row" className={cn(pad(i), rowHeadWeight, alignOf(c), c.className)}>
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={c.label} className={cn(pad(i), alignOf(c), c.className)}>
                    {c.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
        {footer ? (
          <tfoot className="border-t border-slate-200 bg-slate-50 font-semibold">
            <tr>
              {columns.map((c, i) =>
                i === 0 ? (
                  <th key={c.label} scope="row" className={cn(pad(i), alignOf(c))}>{footer[i]}</th>
                ) : (
                  <td key={c.label} className={cn(pad(i), alignOf(c))}>{footer[i]}</td>
                ),
              )}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}

/** A person in a list: the name (marked when it is the viewer) over the email. */
export function PersonCell({ name, email, you }: { name: string; email: string | null; /** "(you)" text when the row is the viewer. */ you?: string }) {
  return (
    <>
      <span className="font-medium">{name}</span>
      {you ? <span className="ms-1 text-xs text-slate-500">({you})</span> : null}
      <span dir="ltr" className="block text-xs text-slate-500">{email ?? '—'}</span>
    </>
  );
}
