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
    render(<SignOutButton to="/signin" label="Sign out" />);
    const button = screen.getByRole('button', { name: 'Sign out' }) as HTMLButtonElement;
    await userEvent.setup().click(button);
    expect(button.disabled).toBe(true);
    await waitFor(() => expect(sent.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/auth/csrf', 'POST /api/auth/signout']));
    expect(sent[1]?.fields).toEqual({ callbackUrl: '/signin', csrfToken: 'csrf-1' });
    expect(nav.assign).not.toHaveBeenCalled();
    signedOut.resolve(jsonResponse({ url: '/signin' }));
    await waitFor(() => expect(nav.assign).toHaveBeenCalledWith('/signin'));
  });

  it('is named in the portal’s language', () => {
    render(<SignOutButton to="/signin" label={portalT('merchant', 'ar', 'common')('signOut')} />);
    expect(screen.getByRole('button', { name: 'تسجيل الخروج' })).toBeTruthy();
  });
});
