import { Fragment, type ReactNode } from 'react';
import { Card } from '../components/card';
import { DataTable, type DataColumn } from '../lists/data-table';
import type { Translate } from '../lists/error-text';
import { LoadingBlock, PagedList, rowsOf, type PagedListText, type PagedQuery } from '../lists/paged-list';

/** An infinite query whose pages carry `items` (every cursor-paged procedure's output). */
export interface PagedRowsQuery<T> extends PagedQuery {
  data?: { pages: readonly { items: readonly T[] }[] };
}

/** How the rows are drawn: list items (each `item` renders its own `<li>`), or a table's columns. */
export type PagedRows<T> =
  | { item: (row: T) => ReactNode; ordered?: boolean; listClassName: string }
  | { columns: readonly DataColumn<T>[]; minWidth?: string };

/**
 * A titled card over a cursor-paged query: loading, error, empty and "load more" from {@link PagedList}, and
 * the rows loaded so far as a list or a table named by the card's heading. `header` sits above the rows
 * (a filter); every screen gives only its words and its row.
 */
export function PagedCard<T>({ title, titleId, query, text, rowKey, rows, header, loading, loadMoreClassName = 'mt-4 w-full' }: {
  title: string;
  titleId: string;
  query: PagedRowsQuery<T>;
  text: PagedListText;
  rowKey: (row: T) => string;
  rows: PagedRows<T>;
  header?: ReactNode;
  /** A placeholder of the list's own shape (else a soft block). */
  loading?: ReactNode;
  loadMoreClassName?: string;
}) {
  const items = rowsOf(query.data);
  return (
    <Card title={title} titleId={titleId}>
      {header}
      <PagedList query={query} count={items.length} text={text} loading={loading ?? <LoadingBlock label={text.loading} soft className="h-32" />} loadMoreClassName={loadMoreClassName}>
        {'columns' in rows ? (
          <DataTable labelledBy={titleId} inCard columns={rows.columns} rows={items} rowKey={rowKey} rowHeader={false} hover={false} minWidth={rows.minWidth} />
        ) : (
          <RowList labelledBy={titleId} ordered={rows.ordered} className={rows.listClassName}>
            {items.map((row) => (
              <Fragment key={rowKey(row)}>{rows.item(row)}</Fragment>
            ))}
          </RowList>
        )}
      </PagedList>
    </Card>
  );
}

function RowList({ labelledBy, ordered = false, className, children }: { labelledBy: string; ordered?: boolean; className: string; children: ReactNode }) {
  return ordered ? (
    <ol aria-labelledby={labelledBy} className={className}>{children}</ol>
  ) : (
    <ul aria-labelledby={labelledBy} className={className}>{children}</ul>
  );
}

/** A PagedCard's title and words from a namespace laid out the usual way: `<section>.{title, loading, empty, loadMore}`. */
export const pagedCardText = (t: Translate, section: string, error: (error: unknown) => string): { title: string; text: PagedListText } => ({
  title: t(`${section}.title`),
  text: { loading: t(`${section}.loading`), empty: t(`${section}.empty`), loadMore: t(`${section}.loadMore`), error },
});
