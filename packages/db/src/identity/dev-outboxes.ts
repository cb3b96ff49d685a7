import type { Pool } from '../postgres/pool';

// Development adapters' outboxes (SMS and email kept in tables instead of sent): what demos and e2e tests read.

export async function insertDevSms(pool: Pool, phone: string, body: string): Promise<void> {
  await pool.query('INSERT INTO sms_outbox (phone, body) VALUES ($1, $2)', [phone, body]);
}

/** The latest development messages to a phone, newest first. */
export async function selectDevSms(pool: Pool, phone: string, limit: number): Promise<{ body: string; createdAt: Date }[]> {
  const res = await pool.query<{ body: string; createdAt: Date }>(
    'SELECT body, created_at AS "createdAt" FROM sms_outbox WHERE phone = $1 ORDER BY id DESC LIMIT $2',
    [phone, limit],
  );
  return res.rows;
}

export interface OutboxEmail {
  to: string;
  subject: string;
  text: string;
  html: string | null;
  createdAt: Date;
}

export async function insertDevEmail(pool: Pool, m: { to: string; subject: string; text: string; html: string | null }): Promise<void> {
  await pool.query('INSERT INTO email_outbox ("to", subject, text, html) VALUES ($1, $2, $3, $4)', [m.to, m.subject, m.text, m.html]);
}

/** The latest development emails to an (already lower-cased) address, newest first. */
export async function selectDevEmails(pool: Pool, to: string, limit: number): Promise<OutboxEmail[]> {
  const res = await pool.query<OutboxEmail>(
    `SELECT "to", subject, text, html, created_at AS "createdAt" FROM email_outbox WHERE "to" = $1 ORDER BY id DESC LIMIT $2`,
    [to, limit],
  );
  return res.rows;
}
