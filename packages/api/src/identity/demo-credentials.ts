import { demoUsers } from '@healthpay/db/testing';
import { hasCredential, type Pool } from '@healthpay/db';
import { setPassword } from './password-login';

/**
 * The demo staff and pharmacists' password (`npm start` prints it). Demo data only: the stack seeds it on
 * its development database and never in production (env.ts refuses dev settings there).
 */
export const DEMO_PASSWORD = 'healthpay-demo-2026';

/** Gives every demo user with an email a password, once (an existing credential is left as it is). */
export async function seedDemoCredentials(pool: Pool, clock: () => Date = () => new Date()): Promise<number> {
  let added = 0;
  for (const u of demoUsers) {
    if (!u.email) continue; // patients have a phone instead (OTP)
    if (await hasCredential(pool, u.id)) continue;
    await setPassword({ pool, clock }, u.id, u.email, DEMO_PASSWORD);
    added++;
  }
  return added;
}
