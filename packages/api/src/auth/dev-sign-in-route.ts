import type { UserRole } from '@healthpay/db';
import { createContext } from '../context';
import { createCaller } from '../root';
import { defaultServices } from '../services/services';
import { devUserCookie, type Portal } from './dev-actor';

export interface SignInBody {
  userId: string;
  /** Any other field the form sent (e.g. the patient portal's locale). */
  fields: Record<string, string>;
}

async function readBody(req: Request): Promise<SignInBody> {
  const entries: [string, unknown][] = req.headers.get('content-type')?.includes('application/json')
    ? Object.entries((await req.json().catch(() => ({}))) as Record<string, unknown>)
    : [...(await req.formData().catch(() => new FormData())).entries()];
  const fields = Object.fromEntries(entries.map(([k, v]) => [k, String(v ?? '')]));
  return { userId: fields.userId ?? '', fields };
}

/** 303 with a relative Location: the browser stays on whatever host and port it used. */
const seeOther = (location: string, cookie: string) =>
  new Response(null, { status: 303, headers: { Location: location, 'Set-Cookie': cookie } });

const cookie = (portal: Portal, value: string, maxAge?: number) =>
  `${devUserCookie(portal)}=${encodeURIComponent(value)}; Path=/; HttpOnly; SameSite=Lax${maxAge === undefined ? '' : `; Max-Age=${maxAge}`}`;

/**
 * Development sign-in route (POST userId as form or JSON): sets the portal's cookie naming that user and
 * goes home. Only users the API lists as demo users of `role` are accepted, and it lists none when dev
 * sign-in is off, so in production this signs nobody in.
 */
export const devSignInRoute = (o: { portal: Portal; role: UserRole; home: (b: SignInBody) => string; signIn: (b: SignInBody) => string }) =>
  async (req: Request): Promise<Response> => {
    const body = await readBody(req);
    const caller = createCaller(await createContext(defaultServices(), req.headers, o.portal));
    const allowed = (await caller.session.demoUsers({ role: o.role })).some((u) => u.id === body.userId);
    if (!allowed) return new Response(null, { status: 303, headers: { Location: `${o.signIn(body)}?error=unknown-user` } });
    return seeOther(o.home(body), cookie(o.portal, body.userId));
  };

/** Clears the portal's development sign-in cookie and returns to its sign-in page. */
export const devSignOutRoute = (o: { portal: Portal; signIn: (b: SignInBody) => string }) =>
  async (req: Request): Promise<Response> => seeOther(o.signIn(await readBody(req)), cookie(o.portal, '', 0));
