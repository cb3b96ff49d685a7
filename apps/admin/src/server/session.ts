import { isStaffRole } from '@healthpay/db';
import { createCaller, createContext, defaultServices, type RouterOutputs } from '@healthpay/api';
import { TRPCError } from '@trpc/server';
import { headers } from 'next/headers';
import { cache } from 'react';
import { redirect } from 'next/navigation';

export type SessionUser = RouterOutputs['session']['me'];

/** This request's caller, built once per server render: its session is decoded and checked once, not per component. */
const requestCaller = cache(async () => {
  // Read the request headers first: that marks the page dynamic before anything touches the database (or env).
  const requestHeaders = new Headers(await headers());
  return createCaller(await createContext(defaultServices(), requestHeaders, 'admin'));
});

/** The API called in-process with this request's cookies (server components and route handlers). */
export async function serverCaller(h?: Headers) {
  return h ? createCaller(await createContext(defaultServices(), h, 'admin')) : requestCaller();
}

/** Who is signed in, or null (once per request, however many components ask). */
export const currentStaff = cache(async (): Promise<SessionUser | null> => {
  try {
    return await (await serverCaller()).session.me();
  } catch (error) {
    if (error instanceof TRPCError && error.code === 'UNAUTHORIZED') return null;
    throw error;
  }
});

/** The signed-in staff member; anyone else goes to sign-in. */
export async function requireStaff(): Promise<SessionUser> {
  const me = await currentStaff();
  if (!me || !isStaffRole(me.role)) redirect('/signin');
  return me;
}
