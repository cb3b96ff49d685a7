// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { render, screen, userEvent, within } from '../testing/dom';
import { PagedList, type PagedQuery } from './paged-list';

const text = { loading: 'Loading rows', empty: 'Nothing yet', emptyHint: 'Try another filter.', loadMore: 'Load more', error: () => 'Could not load', retry: 'Try again' };

function setup(q: Partial<PagedQuery>, count: number, { retry }: { retry?: string } = { retry: text.retry }) {
  const query: PagedQuery = { isPending: false, isError: false, error: null, refetch: vi.fn(), fetchNextPage: vi.fn(), ...q };
  render(
    <PagedList query={query} count={count} text={{ ...text, retry }}>
      <ul aria-label="Rows"><li>Row</li></ul>
    </PagedList>,
  );
  return { user: userEvent.setup(), query };
}

describe('PagedList', () => {
  it('shows a failed first page as an alert; "Try again" refetches', async () => {
    const { user, query } = setup({ isError: true, error: new Error('x') }, 0);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Could not load');
    expect(screen.queryByRole('list')).toBeNull();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(query.refetch).toHaveBeenCalledTimes(1);
  });

  it('offers no retry when the screen gives none', () => {
    setup({ isError: true, error: new Error('x') }, 0, {});
    expect(screen.getByRole('alert').textContent).toBe('Could not load');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('announces loading', () => {
    setup({ isPending: true }, 0);
    expect(screen.getByRole('status', { name: 'Loading rows' })).toBeTruthy();
  });

  it('says when there is nothing, with the hint', () => {
    setup({}, 0);
    expect(screen.getByText('Nothing yet')).toBeTruthy();
    expect(screen.getByText('Try another filter.')).toBeTruthy();
  });

  it('shows the rows, and keeps them when a later page fails', () => {
    setup({ isError: true, error: new Error('x'), hasNextPage: true }, 1);
    expect(screen.getByRole('list', { name: 'Rows' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('loads the next page on "Load more"', async () => {
    const { user, query } = setup({ hasNextPage: true }, 1);
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(query.fetchNextPage).toHaveBeenCalledTimes(1);
  });

  it('marks "Load more" busy while the next page loads', () => {
    setup({ hasNextPage: true, isFetchingNextPage: true }, 1);
    const more = screen.getByRole('button', { name: 'Load more' }) as HTMLButtonElement;
    expect([more.disabled, more.getAttribute('aria-busy')]).toEqual([true, 'true']);
  });

  it('has no "Load more" on the last page', () => {
    setup({ hasNextPage: false }, 1);
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });
});
