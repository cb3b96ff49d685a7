import { createCaller, createContext, defaultServices, type RouterOutputs } from '@healthpay/api';
import { TRPCError } from '@trpc/server';
import { headers } from 'next/headers';
import { cache } from 'react';
import { redirect } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';

export type SessionUser = RouterOutputs['session']['me'];

/** This request's caller, built once per server render: its session is decoded and checked once, not per component. */
const requestCaller = cache(async () => {
  // Read the request headers first: that marks the page dynamic before anything touches the database (or env).
  const requestHeaders = new Headers(await headers());
  return createCaller(await createContext(defaultServices(), requestHeaders, 'web'));
});

/** The API called in-process with this request's cookies (server components and route handlers). */
export async function serverCaller(h?: Headers) {
  return h ? createCaller(await createContext(defaultServices(), h, 'web')) : requestCaller();
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

/** The signed-in patient; anyone else (nobody, or staff signed in on the same host) goes to sign-in. */
export async function requirePatient(locale: AppLocale): Promise<SessionUser> {
  const me = await currentUser();
  if (!me || me.role !== 'patient') redirect({ href: '/signin', locale });
  return me as SessionUser;
}
