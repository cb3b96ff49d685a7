/** Auth.js (next-auth 5) from the browser, on the portal's own /api/auth. */
export type SignInOutcome =
  | { ok: true; url: string }
  | { ok: false; code: string; retryAfterSeconds?: number };

async function csrfToken(): Promise<string> {
  const res = await fetch('/api/auth/csrf', { credentials: 'same-origin', cache: 'no-store' });
  const body = (await res.json()) as { csrfToken?: string };
  if (!body.csrfToken) throw new Error('no CSRF token from /api/auth/csrf');
  return body.csrfToken;
}

const post = async (path: string, fields: Record<string, string>) =>
  fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Auth-Return-Redirect': '1' },
    body: new URLSearchParams({ ...fields, csrfToken: await csrfToken() }),
  });

/**
 * Signs in with a credentials provider (`otp` or `password`). On success the session cookie is set and
 * `url` is the path to go to (on this host); on failure `code` is the provider's reason (see the API's SIGN_IN_CODES), and a
 * 429 carries the seconds to wait.
 */
export async function credentialsSignIn(provider: 'otp' | 'password', fields: Record<string, string>, callbackUrl: string): Promise<SignInOutcome> {
  const res = await post(`/api/auth/callback/${provider}`, { ...fields, callbackUrl });
  if (res.status === 429) {
    return { ok: false, code: 'rate_limited', retryAfterSeconds: Number(res.headers.get('retry-after') ?? '60') };
  }
  const body = (await res.json().catch(() => ({}))) as { url?: string };
  if (!res.ok || !body.url) return { ok: false, code: 'unavailable' };
  const url = new URL(body.url, window.location.origin);
  if (url.searchParams.has('error')) return { ok: false, code: url.searchParams.get('code') ?? url.searchParams.get('error') ?? 'unavailable' };
  // Path only: Auth.js builds absolute URLs from the server's idea of its host (`localhost` behind
  // `next start -H 127.0.0.1`), and the session cookie belongs to the host the browser used.
  return { ok: true, url: `${url.pathname}${url.search}${url.hash}` };
}

/**
 * Ends the session and goes to `callbackUrl`. Throws (and stays on the page) when the portal did not confirm the
 * sign-out, so nobody is shown the sign-in page while their session cookie still works.
 */
export async function signOutTo(callbackUrl: string): Promise<void> {
  const res = await post('/api/auth/signout', { callbackUrl });
  if (!res.ok) throw new Error(`sign-out refused: HTTP ${res.status}`);
  window.location.assign(callbackUrl);
}

/** Minutes to wait, rounded up (at least 1), for messages. */
export const minutesFrom = (seconds: number | undefined): number => Math.max(1, Math.ceil((seconds ?? 60) / 60));
