// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LOCALE_COOKIE } from '../i18n/portal-locale';
import { deferred, stubNavigation } from '../testing/browser';
import { render, screen, userEvent, waitFor } from '../testing/dom';
import { fakeTrpc, type SentOperation } from '../testing/trpc';
import { LocaleSwitch } from './locale-switch';

afterEach(() => {
  document.cookie = `${LOCALE_COOKIE}=; path=/; max-age=0`;
  vi.restoreAllMocks();
});

const cookie = () => document.cookie.split('; ').find((c) => c.startsWith(`${LOCALE_COOKIE}=`));

describe('LocaleSwitch', () => {
  it('offers the other language, named in that language', () => {
    const { Provider } = fakeTrpc();
    render(<LocaleSwitch current="ar" />, { wrapper: Provider });
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('lang')).toBe('en');
  });

  it('when signed in, remembers the choice on the account, then keeps it on this browser and reloads', async () => {
    const saved = deferred<void>();
    const { Provider, sent } = fakeTrpc(() => saved.promise);
    const nav = stubNavigation();
    render(<LocaleSwitch current="en" signedIn />, { wrapper: Provider });
    const button = screen.getByRole('button', { name: 'العربية' }) as HTMLButtonElement;
    expect(button.getAttribute('lang')).toBe('ar');
    await userEvent.setup().click(button);
    expect(button.disabled).toBe(true);
    await waitFor(() => expect(sent).toEqual<SentOperation[]>([{ path: 'account.setLocale', type: 'mutation', input: { locale: 'ar' } }]));
    expect(nav.reload).not.toHaveBeenCalled();
    saved.resolve();
    await waitFor(() => expect(nav.reload).toHaveBeenCalledTimes(1));
    expect(cookie()).toBe(`${LOCALE_COOKIE}=ar`);
  });

  it('switches anyway when the account could not be updated', async () => {
    const { Provider } = fakeTrpc(() => {
      throw new Error('down');
    });
    const nav = stubNavigation();
    render(<LocaleSwitch current="ar" signedIn />, { wrapper: Provider });
    await userEvent.setup().click(screen.getByRole('button', { name: 'English' }));
    await waitFor(() => expect(nav.reload).toHaveBeenCalledTimes(1));
    expect(cookie()).toBe(`${LOCALE_COOKIE}=en`);
  });

  it('signed out (the sign-in page), only this browser keeps the choice', async () => {
    const { Provider, sent } = fakeTrpc();
    const nav = stubNavigation();
    render(<LocaleSwitch current="en" />, { wrapper: Provider });
    await userEvent.setup().click(screen.getByRole('button', { name: 'العربية' }));
    await waitFor(() => expect(nav.reload).toHaveBeenCalledTimes(1));
    expect(sent).toEqual([]);
    expect(cookie()).toBe(`${LOCALE_COOKIE}=ar`);
  });
});
