import { TRPCClientError } from '@trpc/client';
import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DataTable, type DataColumn } from './data-table';
import { errorTextOf } from './error-text';
import { choiceOf } from './filter-form';
import { nextCursor, rowsOf } from './paged-list';

type Row = { id: string; name: string; amount: number };
const columns: DataColumn<Row>[] = [
  { label: 'Name', cell: (r) => r.name },
  { label: 'Amount', align: 'end', cell: (r) => String(r.amount) },
];

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
