import type { Pool } from '@healthpay/db';
import type { EmailSender } from './email-port';

/**
 * Development only: the message goes to the server log (one line, with its link) and the email_outbox
 * table instead of a mailbox, so invitations work offline. Refuses to be created in production (env.ts also
 * refuses EMAIL_TRANSPORT=dev there).
 */
export function devEmail(pool: Pool, hpEnv: 'development' | 'test' | 'production', log: (line: string) => void = console.info): EmailSender {
  if (hpEnv === 'production') throw new Error('the development email adapter is not available in production');
  return {
    name: 'dev',
    async send(m) {
      log(`[email:dev] to=${m.to} subject=${JSON.stringify(m.subject)} link=${m.link ?? '-'}`);
      await pool.query('INSERT INTO email_outbox ("to", subject, text, html) VALUES ($1, $2, $3, $4)', [m.to, m.subject, m.text, m.html ?? null]);
    },
  };
}

export interface OutboxEmail {
  to: string;
  subject: string;
  text: string;
  html: string | null;
  createdAt: Date;
}

/** The latest development emails to an address (newest first): what a demo or an e2e test reads a link from. */
export async function devEmailOutbox(pool: Pool, to: string, limit = 10): Promise<OutboxEmail[]> {
  const res = await pool.query<OutboxEmail>(
    `SELECT "to", subject, text, html, created_at AS "createdAt" FROM email_outbox WHERE "to" = $1 ORDER BY id DESC LIMIT $2`,
    [to.trim().toLowerCase(), limit],
  );
  return res.rows;
}
