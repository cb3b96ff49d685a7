// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PortalLocale } from '../i18n/portal-locale';
import type { PagedQuery } from '../lists/paged-list';
import { act, fireEvent, render, screen, userEvent, within } from '../testing/dom';
import { portalT } from '../testing/messages';
import { EntitySearch } from './entity-search';
import { entitySearchText } from './search-text';
import { SEARCH_DEBOUNCE_MS, useEntitySearch } from './use-entity-search';

const choices = { status: ['pending', 'active', 'suspended', 'closed'] } as const;
type Row = { id: string; name: string };
const idle: PagedQuery = { isPending: false, isError: false, error: null, hasNextPage: false, refetch: vi.fn(), fetchNextPage: vi.fn() };

/** The staff console's wallet search: the real hook and messages; the query result comes from the test. */
function Wallets({ url, query, rows, locale, searched }: { url: string; query: PagedQuery; rows: Row[]; locale: PortalLocale; searched: (q: string, status?: string) => void }) {
  const t = portalT('admin', locale, 'wallets');
  const search = useEntitySearch(choices, new URLSearchParams(url));
  searched(search.query, search.filters.status);
  return (
    <EntitySearch
      state={search}
      filters={{ status: { label: t('search.status'), all: t('search.allStatuses'), option: (s) => t(`status.${s}`) } }}
      text={entitySearchText(t, () => 'Could not search.', t('search.emptyHint'))}
      // Next's Link navigates on the client: the browser's own navigation never happens.
      columns={[{ label: t('search.owner'), cell: (r: Row) => <a href={`/wallets/${r.id}`} onClick={(e) => e.preventDefault()}>{r.name}</a> }]}
      rowKey={(r) => r.id}
      query={query}
      rows={rows}
    />
  );
}

function setup({ url = '', query = {}, rows = [], locale = 'en' }: { url?: string; query?: Partial<PagedQuery>; rows?: Row[]; locale?: PortalLocale } = {}) {
  const searched = vi.fn<(q: string, status?: string) => void>();
  const q = { ...idle, refetch: vi.fn(), fetchNextPage: vi.fn(), ...query };
  render(<Wallets url={url} query={q} rows={rows} locale={locale} searched={searched} />);
  const last = () => searched.mock.lastCall;
  return { user: userEvent.setup(), query: q, last };
}

beforeEach(() => {
  window.history.replaceState(null, '', '/wallets');
});
afterEach(() => {
  vi.useRealTimers();
});

describe('EntitySearch with useEntitySearch', () => {
  it('starts from the URL, ignoring a filter value that is not a choice', () => {
    const { last } = setup({ url: '?q=Omar&status=bogus' });
    const form = screen.getByRole('search', { name: 'Wallets' });
    expect((within(form).getByRole('searchbox', { name: 'Search' }) as HTMLInputElement).value).toBe('Omar');
    expect((within(form).getByRole('combobox', { name: 'Status' }) as HTMLSelectElement).value).toBe('');
    expect(last()).toEqual(['Omar', undefined]);
  });

  it('searches once typing pauses, not on every key', () => {
    // Only the debounce's clock is faked (React schedules with setImmediate), and keys are fired directly:
    // Testing Library's async wrapper waits on a real timer.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { last } = setup();
    const box = screen.getByRole('searchbox', { name: 'Search' });
    fireEvent.change(box, { target: { value: ' Mo' } });
    act(() => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 1));
    fireEvent.change(box, { target: { value: ' Mona ' } });
    act(() => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 1));
    expect(last()).toEqual(['', undefined]);
    act(() => vi.advanceTimersByTime(1));
    expect(last()).toEqual(['Mona', undefined]);
  });

  it('searches at once on Enter, and when a filter is chosen', async () => {
    const { user, last } = setup();
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'Mona{Enter}');
    expect(last()).toEqual(['Mona', undefined]);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Suspended');
    expect(last()).toEqual(['Mona', 'suspended']);
  });

  it('writes the search into the URL only when a result is opened, so Back returns to it', async () => {
    const rows = [{ id: 'w1', name: 'Omar Khaled' }, { id: 'w2', name: 'منى علي' }];
    const { user } = setup({ rows });
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'Omar');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Active');
    expect(window.location.search).toBe('');
    const table = screen.getByRole('table', { name: 'Wallets' });
    expect(within(table).getAllByRole('rowheader').map((c) => c.textContent)).toEqual(['Omar Khaled', 'منى علي']);
    await user.click(within(table).getByRole('link', { name: 'Omar Khaled' }));
    expect(window.location.search).toBe('?q=Omar&status=active');
  });

  it('says it is loading', () => {
    setup({ query: { isPending: true } });
    expect(screen.getByRole('status', { name: 'Loading wallets' })).toBeTruthy();
  });

  it('says nothing matched, with a hint', () => {
    setup();
    expect(screen.getByText('No wallets match')).toBeTruthy();
    expect(screen.getByText('Try another name, phone number or status.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows a failed first page as an alert with "Try again", which refetches', async () => {
    const { user, query } = setup({ query: { isError: true, error: new Error('boom') } });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Could not search.');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(query.refetch).toHaveBeenCalledTimes(1);
  });

  it('loads the next page on "Load more"', async () => {
    const { user, query } = setup({ query: { hasNextPage: true }, rows: [{ id: 'w1', name: 'Omar' }] });
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(query.fetchNextPage).toHaveBeenCalledTimes(1);
  });

  it('offers no "Load more" on the last page, and a busy one while the next loads', () => {
    setup({ query: { hasNextPage: true, isFetchingNextPage: true }, rows: [{ id: 'w1', name: 'Omar' }] });
    const more = screen.getByRole('button', { name: 'Load more' }) as HTMLButtonElement;
    expect([more.disabled, more.getAttribute('aria-busy')]).toEqual([true, 'true']);
  });

  it('speaks Arabic with the Arabic messages', () => {
    setup({ locale: 'ar', query: { hasNextPage: true }, rows: [{ id: 'w1', name: 'منى علي' }] });
    expect(screen.getByRole('search', { name: 'المحافظ' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'الحالة' }).textContent).toContain('كل الحالات');
    expect(screen.getByRole('table', { name: 'المحافظ' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'عرض المزيد' })).toBeTruthy();
  });
});
