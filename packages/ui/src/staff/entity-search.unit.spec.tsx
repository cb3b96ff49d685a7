import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { PagedQuery } from '../lists/paged-list';
import { EntitySearch, type EntitySearchText } from './entity-search';
import type { EntitySearchState } from './use-entity-search';

const choices = { status: ['active', 'closed'] } as const;
const state: EntitySearchState<typeof choices> = {
  typed: 'Omar', setTyped: () => {}, query: 'Omar', filters: { status: 'active' }, setFilter: () => {}, submit: () => {}, remember: () => {}, choices,
};
const text: EntitySearchText = {
  name: 'Wallets', search: 'Search', placeholder: 'Name or phone', submit: 'Find', loading: 'Loading wallets', loadMore: 'Load more',
  empty: 'No wallets match', emptyHint: 'Try another name.', retry: 'Try again', error: () => 'Could not search.',
};
type Row = { id: string; name: string };
const query = (q: Partial<PagedQuery>): PagedQuery => ({ isPending: false, isError: false, error: null, refetch: () => {}, ...q });
const render = (q: Partial<PagedQuery>, rows: Row[] = []) =>
  renderToStaticMarkup(
    <EntitySearch
      state={state}
      filters={{ status: { label: 'Status', all: 'All statuses', option: (s) => s.toUpperCase() } }}
      text={text}
      columns={[{ label: 'Owner', cell: (r: Row) => <a href={`/wallets/${r.id}`}>{r.name}</a> }]}
      rowKey={(r) => r.id}
      query={query(q)}
      rows={rows}
    />,
  );

describe('EntitySearch', () => {
  it('is a named search form holding the query and the chosen filter', () => {
    const html = render({ isPending: true });
    expect(html).toMatch(/<form role="search" aria-label="Wallets"/);
    expect(html).toMatch(/<input[^>]*type="search"[^>]*value="Omar"/);
    expect(html).toMatch(/<option value="active" selected="">ACTIVE<\/option>/);
    expect(html).toContain('<option value="">All statuses</option>');
  });

  it('says it is loading, then that nothing matched', () => {
    expect(render({ isPending: true })).toMatch(/role="status" aria-label="Loading wallets"/);
    const empty = render({});
    expect(empty).toContain('No wallets match');
    expect(empty).toContain('Try another name.');
  });

  it('shows the error with a way to try again when the first page failed', () => {
    const html = render({ isError: true, error: new Error('boom') });
    expect(html).toMatch(/role="alert"/);
    expect(html).toContain('Could not search.');
    expect(html).toContain('Try again');
  });

  it('lists the rows in a captioned table, the first cell naming the row, and offers more pages', () => {
    const html = render({ hasNextPage: true }, [{ id: 'w1', name: 'Omar Khaled' }, { id: 'w2', name: 'منى علي' }]);
    expect(html).toContain('<caption class="sr-only">Wallets</caption>');
    expect([...html.matchAll(/<th scope="row"[^>]*><a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => [m[1], m[2]])).toEqual([
      ['/wallets/w1', 'Omar Khaled'],
      ['/wallets/w2', 'منى علي'],
    ]);
    expect(html).toContain('Load more');
  });
});
