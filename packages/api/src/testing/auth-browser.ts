import { Auth } from '@auth/core';
import type { Portal } from '../auth/dev-actor';
import { rateLimitedAuthPost } from '../auth/session/auth-route';
import { portalAuthConfig } from '../auth/session/authjs-config';
import { createContext } from '../context';
import type { Services } from '../services/services';

/**
 * A browser of one portal signing in through the real Auth.js handler (behind the rate-limit wrapper): keeps
 * its cookies, and reads back who its session cookie makes it, as the API's context would.
 */
export function authBrowser(portal: Portal, services: () => Services, ip: string) {
  const origin = `http://127.0.0.1:${{ web: 3000, admin: 3001, merchant: 3002 }[portal]}`;
  const config = portalAuthConfig(portal, services);
  const handler = (req: Request) => Auth(req, config);
  const post = rateLimitedAuthPost(handler, services);
  const jar = new Map<string, string>();
  const headers = () => {
    const hd = new Headers({ 'x-forwarded-for': ip, 'user-agent': 'auth-browser' });
    if (jar.size) hd.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
    return hd;
  };
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair = ''] = c.split(';');
      const eq = pair.indexOf('=');
      const value = pair.slice(eq + 1);
      if (value === '' || /Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(c)) jar.delete(pair.slice(0, eq));
      else jar.set(pair.slice(0, eq), value);
    }
    return res;
  };
  return {
    jar,
    /** Posts the password form; `code` is null on success, else the sign-in error code. */
    async signIn(fields: Record<string, string>) {
      const csrf = keep(await handler(new Request(`${origin}/api/auth/csrf`, { headers: headers() })));
      const { csrfToken } = (await csrf.json()) as { csrfToken: string };
      const hd = headers();
      hd.set('content-type', 'application/x-www-form-urlencoded');
      hd.set('x-auth-return-redirect', '1');
      const res = keep(await post(new Request(`${origin}/api/auth/callback/password`, {
        method: 'POST', headers: hd, body: new URLSearchParams({ ...fields, csrfToken, callbackUrl: `${origin}/` }),
      })));
      if (res.status !== 200) return { status: res.status, code: 'http' };
      const { url } = (await res.json()) as { url: string };
      return { status: res.status, code: new URL(url).searchParams.get('code') };
    },
    async actor() {
      return (await createContext(services(), headers(), portal)).actor;
    },
  };
}
