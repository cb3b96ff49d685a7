import { randomUUID } from 'node:crypto';
import { CredentialsSignin } from '@auth/core/errors';
import Credentials from '@auth/core/providers/credentials';
import type { NextAuthConfig } from 'next-auth';
import { env } from '@healthpay/config';
import { forgetActor, getUser, revokeSession } from '@healthpay/db';
import { z } from 'zod';
import { requestInfoOf } from '../../identity/audit';
import { checkTotpAtSignIn } from '../../identity/totp-enrollment';
import { defaultServices, type Services } from '../../services/services';
import type { Portal } from '../dev-actor';
import { portalAdmits, sessionCookies, sessionMaxAgeSeconds } from './portal-session';
import { SignInRefused } from './sign-in-errors';
import { log } from '@healthpay/config/log';

const otpFields = z.object({ phone: z.string().trim().min(1).max(40), code: z.string().trim().regex(/^\d{6}$/) });
const passwordFields = z.object({
  email: z.string().trim().min(3).max(254),
  password: z.string().min(1).max(1024),
  totp: z.string().trim().regex(/^\d{6}$/).optional().or(z.literal('').transform(() => undefined)),
});

/** Patients: phone + the code sent by SMS (requested through the public `auth.requestOtp` procedure). */
const otpProvider = (services: () => Services) =>
  Credentials({
    id: 'otp',
    credentials: { phone: {}, code: {} },
    async authorize(raw, request) {
      const input = otpFields.safeParse(raw);
      if (!input.success) throw new SignInRefused('invalid_input');
      const result = await services().identity.verifyOtp(input.data.phone, input.data.code, requestInfoOf(request.headers));
      if (result.status === 'invalid') throw new SignInRefused('invalid_code');
      if (result.status === 'no-challenge') throw new SignInRefused('code_expired');
      if (result.status === 'invalid-phone') throw new SignInRefused('invalid_input');
      // A right code for a phone without a patient account: same answer as a wrong code.
      if (!result.user) throw new SignInRefused('invalid_code');
      return { id: result.user.userId };
    },
  });

/** Staff and pharmacists: email + password, then a TOTP code for admins who turned it on. */
const passwordProvider = (services: () => Services, portal: Portal) =>
  Credentials({
    id: 'password',
    credentials: { email: {}, password: {}, totp: {} },
    async authorize(raw, request) {
      const input = passwordFields.safeParse(raw);
      if (!input.success) throw new SignInRefused('invalid_input');
      const s = services();
      const result = await s.identity.passwordLogin(input.data.email, input.data.password, requestInfoOf(request.headers), portalAdmits[portal]);
      if (result.status === 'locked') throw new SignInRefused('locked');
      if (result.status !== 'ok') throw new SignInRefused('invalid_credentials');
      const second = await checkTotpAtSignIn({ pool: s.pool, clock: s.clock, secret: env().AUTH_SECRET }, result.userId, input.data.totp);
      if (second === 'required') throw new SignInRefused('totp_required');
      if (second === 'invalid') throw new SignInRefused('totp_invalid');
      return { id: result.userId };
    },
  });

/**
 * Auth.js for one portal: credentials providers, JWT sessions in the portal's own cookies, the user's
 * role and portal in the token (re-checked against the database on every request, see sessionActor).
 */
export function portalAuthConfig(portal: Portal, services: () => Services = defaultServices): NextAuthConfig {
  const e = env();
  return {
    secret: e.AUTH_SECRET,
    // The portals run behind our own proxy (or directly in development); they answer on whatever host they are given.
    trustHost: true,
    basePath: '/api/auth',
    session: { strategy: 'jwt', maxAge: sessionMaxAgeSeconds(portal) },
    cookies: sessionCookies(portal),
    providers: [portal === 'web' ? otpProvider(services) : passwordProvider(services, portal)],
    pages: { signIn: portal === 'web' ? '/ar/signin' : '/signin', error: portal === 'web' ? '/ar/signin' : '/signin' },
    callbacks: {
      async jwt({ token, user }) {
        if (user?.id) {
          const row = await getUser(services().pool, user.id);
          if (!row) return null;
          // signedInAt (ms, our clock) is what "sign out everywhere" compares with: iat has whole seconds only.
          // sid: this one session, so signing out can revoke it server-side (see events.signOut).
          return { sub: row.id, role: row.role, portal, signedInAt: services().clock().getTime(), sid: randomUUID() };
        }
        return token;
      },
      session({ session, token }) {
        return { ...session, user: { ...session.user, id: token.sub ?? '' } };
      },
    },
    events: {
      // Signing out revokes the session on the server: the cookie is dead even if someone kept a copy.
      async signOut(message) {
        const token = 'token' in message ? message.token : null;
        if (token && typeof token.sid === 'string') {
          const now = services().clock();
          const exp = typeof token.exp === 'number' ? new Date(token.exp * 1000) : new Date(now.getTime() + sessionMaxAgeSeconds(portal) * 1000);
          await revokeSession(services().pool, token.sid, exp, now);
          forgetActor(services().pool, { sid: token.sid });
        }
      },
    },
    // Expected refusals (wrong code, wrong password) are not errors worth a stack trace; nothing here logs credentials.
    logger: {
      error: (error) => {
        if (!(error instanceof CredentialsSignin)) log.error(`[auth:${portal}] ${error.name}: ${error.message.split('\n')[0]}`);
      },
      warn: (code) => log.warn(`[auth:${portal}] ${code}`),
      debug: () => undefined,
    },
  };
}
