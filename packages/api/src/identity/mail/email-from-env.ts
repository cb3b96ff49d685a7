import type { Env } from '@healthpay/config';
import type { Pool } from '@healthpay/db';
import { devEmail } from './dev-email';
import { noEmail, type EmailSender } from './email-port';
import { smtpEmail } from './smtp-email';

/** The adapter EMAIL_TRANSPORT selects (env.ts has already refused dev in production and smtp without a URL). */
export function emailFromEnv(e: Env, pool: Pool): EmailSender {
  if (e.EMAIL_TRANSPORT === 'dev') return devEmail(pool, e.HP_ENV);
  if (e.EMAIL_TRANSPORT === 'smtp' && e.SMTP_URL) return smtpEmail({ url: e.SMTP_URL, from: e.EMAIL_FROM });
  return noEmail;
}
