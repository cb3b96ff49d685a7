import { DataTable, type DataColumn } from '../lists/data-table';
import { Card } from './card';
import { EmptyState } from './notice';

/** A column of a {@link TableCard} (the kit's one column shape). */
export type TableColumn<T> = DataColumn<T>;

/**
 * A titled card holding one table (or an empty state): the frame every list on a detail screen shares.
 * The table is named by the card's heading; each screen gives only its columns.
 */
export function TableCard<T>({ title, id, columns, rows, rowKey, empty, minWidth = '36rem' }: {
  title: string;
  /** Id of the heading; the table is labelled by it. */
  id: string;
  columns: readonly TableColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  empty: string;
  minWidth?: string;
}) {
  return (
    <Card title={title} titleId={id}>
      {rows.length === 0 ? (
        <EmptyState title={empty} />
      ) : (
        <DataTable labelledBy={id} inCard columns={columns} rows={rows} rowKey={rowKey} minWidth={minWidth} rowHeader={false} hover={false} />
      )}
    </Card>
  );
}
