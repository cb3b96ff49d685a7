import { createCaller, createContext, defaultServices, type RouterOutputs } from '@healthpay/api';
import { TRPCError } from '@trpc/server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';

export type SessionUser = RouterOutputs['session']['me'];

/** This request's caller, built once per server render: its session is decoded and checked once, not per component. */
const requestCaller = cache(async () => {
  // Read the request headers first: that marks the page dynamic before anything touches the database (or env).
  const requestHeaders = new Headers(await headers());
  return createCaller(await createContext(defaultServices(), requestHeaders, 'merchant'));
});

/** The API called in-process with this request's cookies (server components and route handlers). */
export async function serverCaller(h?: Headers) {
  return h ? createCaller(await createContext(defaultServices(), h, 'merchant')) : requestCaller();
}

/** Who is signed in, or null (once per request, however many components ask). */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  try {
    return await (await serverCaller()).session.me();
  } catch (error) {
    if (error instanceof TRPCError && error.code === 'UNAUTHORIZED') return null;
    throw error;
  }
});

/** The signed-in pharmacist; anyone else goes to sign-in. */
export async function requirePharmacist(): Promise<SessionUser> {
  const me = await currentUser();
  if (!me || me.role !== 'pharmacist') redirect('/signin');
  return me;
}
