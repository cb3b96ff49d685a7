// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deferred, jsonResponse, stubFetch, stubNavigation } from '../testing/browser';
import { render, screen, userEvent, waitFor } from '../testing/dom';
import { portalT } from '../testing/messages';
import { SignOutButton } from './sign-out-button';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('SignOutButton', () => {
  it('posts the sign-out with the CSRF token, is disabled meanwhile, then goes where it was told', async () => {
    const signedOut = deferred<Response>();
    const { sent } = stubFetch((r) => (r.path === '/api/auth/csrf' ? jsonResponse({ csrfToken: 'csrf-1' }) : signedOut.promise));
    const nav = stubNavigation();
    render(<SignOutButton to="/signin" label="Sign out" failedLabel="Could not sign out." />);
    const button = screen.getByRole('button', { name: 'Sign out' }) as HTMLButtonElement;
    await userEvent.setup().click(button);
    expect(button.disabled).toBe(true);
    await waitFor(() => expect(sent.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/auth/csrf', 'POST /api/auth/signout']));
    expect(sent[1]?.fields).toEqual({ callbackUrl: '/signin', csrfToken: 'csrf-1' });
    expect(nav.assign).not.toHaveBeenCalled();
    signedOut.resolve(jsonResponse({ url: '/signin' }));
    await waitFor(() => expect(nav.assign).toHaveBeenCalledWith('/signin'));
  });

  it.each([
    ['the portal answers 500', () => jsonResponse({ error: 'boom' }, { status: 500 })],
    ['the network fails', () => Promise.reject(new TypeError('Failed to fetch'))],
  ])('stays on the page and says the sign-out failed when %s, and can be retried', async (_, answer) => {
    let signOutAnswer: () => Response | Promise<Response> = answer;
    stubFetch((r) => (r.path === '/api/auth/csrf' ? jsonResponse({ csrfToken: 'csrf-1' }) : signOutAnswer()));
    const nav = stubNavigation();
    const t = portalT('admin', 'en', 'common');
    render(<SignOutButton to="/signin" label={t('signOut')} failedLabel={t('signOutFailed')} />);
    const button = screen.getByRole('button', { name: 'Sign out' }) as HTMLButtonElement;
    const user = userEvent.setup();
    await user.click(button);
    expect((await screen.findByRole('alert')).textContent).toBe('Could not sign out. Please try again.');
    expect(button.disabled).toBe(false);
    expect(nav.assign).not.toHaveBeenCalled();
    signOutAnswer = () => jsonResponse({ url: '/signin' });
    await user.click(button);
    await waitFor(() => expect(nav.assign).toHaveBeenCalledWith('/signin'));
  });

  it('is named in the portal’s language, and says a failed sign-out in it', () => {
    const t = portalT('merchant', 'ar', 'common');
    render(<SignOutButton to="/signin" label={t('signOut')} failedLabel={t('signOutFailed')} />);
    expect(screen.getByRole('button', { name: 'تسجيل الخروج' })).toBeTruthy();
    expect(t('signOutFailed')).toBe('تعذّر تسجيل الخروج. حاول مرة أخرى.');
  });
});
