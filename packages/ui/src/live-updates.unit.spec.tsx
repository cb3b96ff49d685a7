// @vitest-environment happy-dom
import { useQuery } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LiveUpdates } from './live-updates';
import { act, render } from './testing/dom';
import { fakeTrpc } from './testing/trpc';
import { useTRPC } from './trpc';

/** A signed-in page: who is signed in, one wallet, and the live feed. */
function WalletPage() {
  const trpc = useTRPC();
  useQuery(trpc.session.me.queryOptions());
  useQuery(trpc.wallet.get.queryOptions({ walletId: 'w1' }));
  return <LiveUpdates />;
}

function setup() {
  const server = fakeTrpc(() => ({}));
  const { unmount } = render(<WalletPage />, { wrapper: server.Provider });
  const reads = (path: string) => server.sent.filter((op) => op.path === path).length;
  return { ...server, reads, unmount };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('LiveUpdates', () => {
  it('listens on live.changes and refetches the page’s records, not who is signed in, once per burst of changes', async () => {
    // Only the settle window's clock is faked; React and React Query keep their own schedulers.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { emit, isOpen, reads } = setup();
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(isOpen('live.changes')).toBe(true);
    expect([reads('session.me'), reads('wallet.get')]).toEqual([1, 1]);

    act(() => {
      emit('live.changes', ['wallet:w1']);
      emit('live.changes', ['card:c1']);
    });
    await act(() => vi.advanceTimersByTimeAsync(149));
    expect(reads('wallet.get')).toBe(1);
    act(() => emit('live.changes', ['pharmacy:p1']));
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect([reads('session.me'), reads('wallet.get')]).toEqual([1, 2]);

    act(() => emit('live.changes', ['*']));
    await act(() => vi.advanceTimersByTimeAsync(150));
    expect([reads('session.me'), reads('wallet.get')]).toEqual([1, 3]);
  });

  it('closes the feed when the page goes', async () => {
    const { isOpen, unmount } = setup();
    await act(() => Promise.resolve());
    expect(isOpen('live.changes')).toBe(true);
    unmount();
    expect(isOpen('live.changes')).toBe(false);
  });
});
