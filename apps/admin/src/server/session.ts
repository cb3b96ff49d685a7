import { isStaffRole } from '@healthpay/db';
import { createCaller, createContext, defaultServices, type RouterOutputs } from '@healthpay/api';
import { TRPCError } from '@trpc/server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';

export type SessionUser = RouterOutputs['session']['me'];

/** The API called in-process with this request's cookies (server components and route handlers). */
export async function serverCaller(h?: Headers) {
  // Read the request headers first: that marks the page dynamic before anything touches the database.
  const requestHeaders = h ?? new Headers(await headers());
  return createCaller(await createContext(defaultServices(), requestHeaders, 'admin'));
}

/** Who is signed in, or null. */
export async function currentStaff(): Promise<SessionUser | null> {
  try {
    return await (await serverCaller()).session.me();
  } catch (error) {
    if (error instanceof TRPCError && error.code === 'UNAUTHORIZED') return null;
    throw error;
  }
}

/** The signed-in staff member; anyone else goes to sign-in. */
export async function requireStaff(): Promise<SessionUser> {
  const me = await currentStaff();
  if (!me || !isStaffRole(me.role)) redirect('/signin');
  return me;
}
