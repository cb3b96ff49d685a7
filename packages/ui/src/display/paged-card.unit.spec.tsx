// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { render, screen, userEvent, within } from '../testing/dom';
import { PagedCard, pagedCardText, type PagedRowsQuery } from './paged-card';

type Row = { id: string; name: string };
const text = { loading: 'Loading rows', empty: 'Nothing yet', loadMore: 'Load more', error: () => 'Could not load' };
const query = (items: Row[], more = false): PagedRowsQuery<Row> & { fetchNextPage: () => void } => ({
  isPending: false, isError: false, error: null, hasNextPage: more, isFetchingNextPage: false, fetchNextPage: vi.fn(), refetch: () => undefined,
  data: { pages: [{ items: items.slice(0, 1) }, { items: items.slice(1) }] },
});
const rows = [{ id: 'a', name: 'Alpha' }, { id: 'b', name: 'Beta' }];

describe('PagedCard', () => {
  it('lists every loaded page in order, the list named by the card heading', () => {
    render(<PagedCard title="Claims" titleId="h" query={query(rows)} text={text} rowKey={(r) => r.id} rows={{ ordered: true, listClassName: '', item: (r) => <li>{r.name}</li> }} />);
    const list = screen.getByRole('list', { name: 'Claims' });
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Alpha', 'Beta']);
  });

  it('draws columns as a table named by the heading, and asks for the next page', async () => {
    const q = query(rows, true);
    render(<PagedCard title="History" titleId="h2" query={q} text={text} rowKey={(r) => r.id} rows={{ columns: [{ label: 'Name', cell: (r: Row) => r.name }] }} />);
    expect(within(screen.getByRole('table', { name: 'History' })).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Alpha', 'Beta']);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Load more' }));
    expect(q.fetchNextPage).toHaveBeenCalledOnce();
  });

  it('says it is empty, or loading, instead of an empty list', () => {
    const { rerender } = render(<PagedCard title="T" titleId="h3" query={query([])} text={text} rowKey={(r) => r.id} rows={{ listClassName: '', item: (r) => <li>{r.name}</li> }} />);
    expect(screen.getByText('Nothing yet')).toBeTruthy();
    rerender(<PagedCard title="T" titleId="h3" query={{ ...query([]), isPending: true }} text={text} rowKey={(r) => r.id} rows={{ listClassName: '', item: (r) => <li>{r.name}</li> }} />);
    expect(screen.getByRole('status', { name: 'Loading rows' })).toBeTruthy();
  });

  it('takes its words from a namespace laid out the usual way', () => {
    expect(pagedCardText((k) => `t:${k}`, 'audit', text.error)).toMatchObject({ title: 't:audit.title', text: { loading: 't:audit.loading', empty: 't:audit.empty', loadMore: 't:audit.loadMore' } });
  });
});
