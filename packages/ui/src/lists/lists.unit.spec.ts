import { TRPCClientError } from '@trpc/client';
import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ConfirmActions } from './confirm-actions';
import { DataTable, type DataColumn } from './data-table';
import { errorTextOf } from './error-text';
import { ChoiceField, choiceOf } from './filter-form';
import { nextCursor, PagedList, rowsOf, type PagedQuery } from './paged-list';

type Row = { id: string; name: string; amount: number };
const columns: DataColumn<Row>[] = [
  { label: 'Name', cell: (r) => r.name },
  { label: 'Amount', align: 'end', cell: (r) => String(r.amount) },
];
const idle: PagedQuery = { isPending: false, isError: false, error: null, hasNextPage: false, isFetchingNextPage: false, fetchNextPage: () => undefined, refetch: () => undefined };
const text = { loading: 'Loading rows', empty: 'Nothing yet', loadMore: 'Load more', error: () => 'Could not load', retry: 'Try again' };
const paged = (query: PagedQuery, count: number) => renderToStaticMarkup(h(PagedList, { query, count, text, children: h('p', null, 'the rows') }));

describe('paging helpers', () => {
  it('joins the pages and ends at a null cursor', () => {
    expect(rowsOf({ pages: [{ items: [1, 2] }, { items: [3] }] })).toEqual([1, 2, 3]);
    expect(rowsOf(undefined)).toEqual([]);
    expect(nextCursor({ nextCursor: 'c2' })).toBe('c2');
    expect(nextCursor({ nextCursor: null })).toBeUndefined();
  });

  it('takes a URL value only when it is one of the choices', () => {
    expect(choiceOf(['open', 'paid'] as const, 'paid')).toBe('paid');
    expect(choiceOf(['open', 'paid'] as const, 'PAID')).toBeUndefined();
    expect(choiceOf(['open', 'paid'] as const, null)).toBeUndefined();
  });

  it('words an expected error code by its key and anything else generically', () => {
    const t = (key: string) => `t:${key}`;
    const errorText = errorTextOf(t, ['FORBIDDEN']);
    expect(errorText(TRPCClientError.from({ error: { message: 'no', code: -32603, data: { appCode: 'FORBIDDEN', code: 'FORBIDDEN' } } }))).toBe('t:FORBIDDEN');
    expect(errorText(new Error('boom'))).toBe('t:generic');
  });
});

describe('DataTable', () => {
  const rows: Row[] = [{ id: 'a', name: 'Aspirin', amount: 5 }, { id: 'b', name: 'Panadol', amount: 7 }];

  it('names the table, heads the columns and makes the first cell the row header', () => {
    const html = renderToStaticMarkup(h(DataTable<Row>, { caption: 'Drugs', columns, rows, rowKey: (r) => r.id }));
    expect(html).toContain('<caption class="sr-only">Drugs</caption>');
    expect(html.match(/<th scope="col"/g)).toHaveLength(2);
    expect(html).toMatch(/<th scope="row"[^>]*>Aspirin<\/th>/);
    expect(html).toMatch(/<td class="[^"]*text-end[^"]*">7<\/td>/);
  });

  it('labels the table by a heading and adds a totals row', () => {
    const html = renderToStaticMarkup(h(DataTable<Row>, { labelledBy: 'h1', columns, rows, rowKey: (r) => r.id, footer: ['Total', '12'] }));
    expect(html).toContain('aria-labelledby="h1"');
    expect(html).not.toContain('<caption');
    expect(html).toMatch(/<tfoot[^>]*><tr><th scope="row"[^>]*>Total<\/th><td[^>]*>12<\/td><\/tr><\/tfoot>/);
  });
});

describe('PagedList', () => {
  it('shows the error of a first page with a retry, and no rows', () => {
    const html = paged({ ...idle, isError: true, error: new Error('x') }, 0);
    expect(html).toContain('role="alert"');
    expect(html).toContain('Could not load');
    expect(html).toContain('Try again');
    expect(html).not.toContain('the rows');
  });

  it('announces loading, then says when there is nothing', () => {
    expect(paged({ ...idle, isPending: true }, 0)).toContain('aria-label="Loading rows"');
    expect(paged(idle, 0)).toContain('Nothing yet');
  });

  it('shows the rows, with "load more" only while there is another page', () => {
    expect(paged(idle, 2)).toContain('the rows');
    expect(paged(idle, 2)).not.toContain('Load more');
    expect(paged({ ...idle, hasNextPage: true }, 2)).toContain('Load more');
  });

  it('keeps the rows it has when a later page fails', () => {
    expect(paged({ ...idle, isError: true, error: new Error('x') }, 2)).toContain('the rows');
  });
});

describe('ChoiceField and ConfirmActions', () => {
  it('leads the choices with "all" only when asked', () => {
    const withAll = renderToStaticMarkup(h(ChoiceField<'a' | 'b'>, { label: 'Status', all: 'All', choices: ['a', 'b'], choiceLabel: (c) => c.toUpperCase() }));
    expect(withAll).toMatch(/<option value="">All<\/option><option value="a">A<\/option><option value="b">B<\/option>/);
    const without = renderToStaticMarkup(h(ChoiceField<'a' | 'b'>, { label: 'Status', choices: ['a', 'b'], choiceLabel: (c) => c }));
    expect(without).not.toContain('value=""');
  });

  it('offers one button per action and nothing when the record is final', () => {
    const props = { title: 'Actions', titleId: 'x', prompt: () => '', text: { confirm: 'Confirm', back: 'Back', required: 'Required' }, busy: false, onConfirm: () => undefined };
    const html = renderToStaticMarkup(h(ConfirmActions<'approve' | 'dispute'>, { ...props, actions: [{ action: 'approve', label: 'Approve' }, { action: 'dispute', label: 'Dispute', danger: true }] }));
    expect(html).toContain('>Approve</button>');
    expect(html).toContain('>Dispute</button>');
    expect(renderToStaticMarkup(h(ConfirmActions<'approve'>, { ...props, actions: [] }))).toBe('');
  });
});
