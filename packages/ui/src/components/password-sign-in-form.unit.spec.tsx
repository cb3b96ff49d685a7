// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { signInTextFrom } from '../portal/sign-in-text';
import { deferred, jsonResponse, stubFetch, stubNavigation, type SentRequest } from '../testing/browser';
import { render, screen, userEvent, waitFor } from '../testing/dom';
import { portalT } from '../testing/messages';
import { PasswordSignInForm, type PasswordSignInText } from './password-sign-in-form';

/** Auth.js behind /api/auth: a CSRF token, then the password provider's answer. */
function authServer(answer: (fields: Record<string, string>) => Response | Promise<Response>) {
  return stubFetch((r: SentRequest) => (r.path === '/api/auth/csrf' ? jsonResponse({ csrfToken: 'csrf-1' }) : answer(r.fields)));
}
const refused = (code: string) => jsonResponse({ url: `http://localhost/signin?error=CredentialsSignin&code=${code}` });

function setup(text?: PasswordSignInText) {
  const nav = stubNavigation();
  render(<PasswordSignInForm home="/wallets" text={text} />);
  const user = userEvent.setup();
  const signIn = async (email = 'mona@healthpay.eg', password = 'correct horse') => {
    await user.type(screen.getByRole('textbox', { name: 'Email' }), email);
    await user.type(screen.getByLabelText('Password'), password);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
  };
  return { user, nav, signIn };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('PasswordSignInForm', () => {
  it('signs in with the CSRF token, busy meanwhile, and goes to the path Auth.js answers (on this host)', async () => {
    const answer = deferred<Response>();
    const { sent } = authServer(() => answer.promise);
    const { nav, signIn } = setup();
    await signIn();
    const button = screen.getByRole('button', { name: 'Sign in' }) as HTMLButtonElement;
    await waitFor(() => expect(sent.map((r) => r.path)).toEqual(['/api/auth/csrf', '/api/auth/callback/password']));
    expect([button.disabled, button.getAttribute('aria-busy')]).toEqual([true, 'true']);
    expect(sent[1]?.fields).toEqual({ email: 'mona@healthpay.eg', password: 'correct horse', callbackUrl: '/wallets', csrfToken: 'csrf-1' });
    answer.resolve(jsonResponse({ url: 'http://localhost:3001/wallets?tab=1' }));
    await waitFor(() => expect(nav.assign).toHaveBeenCalledWith('/wallets?tab=1'));
  });

  it('says when the email and password do not match, and lets the person try again', async () => {
    authServer(() => refused('invalid_credentials'));
    const { nav, signIn } = setup();
    await signIn();
    expect((await screen.findByRole('alert')).textContent).toBe('That email and password don’t match an account here.');
    expect((screen.getByRole('button', { name: 'Sign in' }) as HTMLButtonElement).disabled).toBe(false);
    expect(nav.assign).not.toHaveBeenCalled();
  });

  it('asks for the authenticator code when the account has one, keeping digits only, and sends it', async () => {
    const { sent } = authServer((fields) => (fields.totp === '123456' ? jsonResponse({ url: 'http://localhost/wallets' }) : refused('totp_required')));
    const { user, nav, signIn } = setup();
    expect(screen.queryByRole('textbox', { name: 'Authenticator code' })).toBeNull();
    await signIn();
    expect((await screen.findByRole('alert')).textContent).toBe('Enter the 6-digit code from your authenticator app.');
    const code = screen.getByRole('textbox', { name: 'Authenticator code' }) as HTMLInputElement;
    await user.type(code, '12 34-56');
    expect(code.value).toBe('123456');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(nav.assign).toHaveBeenCalledWith('/wallets'));
    expect(sent.at(-1)?.fields.totp).toBe('123456');
  });

  it('says how many minutes to wait when rate limited', async () => {
    authServer(() => new Response('', { status: 429, headers: { 'retry-after': '61' } }));
    const { signIn } = setup();
    await signIn();
    expect((await screen.findByRole('alert')).textContent).toBe('Too many sign-in attempts. Try again in 2 minutes.');
  });

  it('says sign-in is unavailable when there is no answer', async () => {
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const { signIn } = setup();
    await signIn();
    expect((await screen.findByRole('alert')).textContent).toBe('Sign-in is unavailable right now. Try again in a moment.');
  });

  it('speaks Arabic with the staff console’s Arabic messages, plurals included', async () => {
    authServer(() => new Response('', { status: 429, headers: { 'retry-after': '120' } }));
    setup(signInTextFrom(portalT('admin', 'ar', 'shell.signin')));
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'البريد الإلكتروني' }), 'mona@healthpay.eg');
    await user.type(screen.getByLabelText('كلمة المرور'), 'x');
    await user.click(screen.getByRole('button', { name: 'تسجيل الدخول' }));
    expect((await screen.findByRole('alert')).textContent).toBe('محاولات تسجيل دخول كثيرة. حاول مرة أخرى بعد دقيقتين.');
  });
});
