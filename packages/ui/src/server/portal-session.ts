import { createCaller, createContext, defaultServices, type Portal, type RouterOutputs } from '@healthpay/api';
import { TRPCError } from '@trpc/server';
import { cache } from 'react';

export type SessionUser = RouterOutputs['session']['me'];

/**
 * One portal's session on the server, configured per app (`portal` decides which session cookie is read and
 * checked, with its revocation and deactivation rules, in the API's `createContext`). `requestHeaders` is
 * next/headers' `headers`: passed in, so the kit needs no Next.js dependency. Server-only: import it from
 * `@healthpay/ui/server/portal-session`, never from the client barrel.
 */
export function portalSession(portal: Portal, requestHeaders: () => Promise<Headers>) {
  const callerFor = async (h: Headers) => createCaller(await createContext(defaultServices(), h, portal));

  /** This request's caller, built once per server render: its session is decoded and checked once, not per component. */
  const requestCaller = cache(async () =>
    // Read the request headers first: that marks the page dynamic before anything touches the database (or env).
    callerFor(new Headers(await requestHeaders())),
  );

  /** The API called in-process with this request's cookies (server components), or with `h` (route handlers). */
  const serverCaller = (h?: Headers) => (h ? callerFor(h) : requestCaller());

  /** Who is signed in, or null (once per request, however many components ask). */
  const currentUser = cache(async (): Promise<SessionUser | null> => {
    try {
      return await (await serverCaller()).session.me();
    } catch (error) {
      if (error instanceof TRPCError && error.code === 'UNAUTHORIZED') return null;
      throw error;
    }
  });

  /** The signed-in user when `admits` them; anyone else (nobody, or another portal's role) is sent to `signIn`. */
  async function requireUser(admits: (me: SessionUser) => boolean, signIn: () => never): Promise<SessionUser> {
    const me = await currentUser();
    if (!me || !admits(me)) return signIn();
    return me;
  }

  return { serverCaller, currentUser, requireUser };
}
