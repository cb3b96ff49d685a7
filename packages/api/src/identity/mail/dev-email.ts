import { insertDevEmail, selectDevEmails, type OutboxEmail, type Pool } from '@healthpay/db';
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
      await insertDevEmail(pool, { to: m.to, subject: m.subject, text: m.text, html: m.html ?? null });
    },
  };
}

export type { OutboxEmail } from '@healthpay/db';

/** The latest development emails to an address (newest first): what a demo or an e2e test reads a link from. */
export const devEmailOutbox = (pool: Pool, to: string, limit = 10): Promise<OutboxEmail[]> => selectDevEmails(pool, to.trim().toLowerCase(), limit);
