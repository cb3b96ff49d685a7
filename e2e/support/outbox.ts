import pg from 'pg';

/** The newest invitation link emailed to `to` (the development email adapter keeps messages in email_outbox). */
export async function latestInvitationLink(to: string): Promise<string> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    const res = await client.query<{ text: string }>('SELECT text FROM email_outbox WHERE "to" = $1 ORDER BY id DESC LIMIT 1', [to]);
    const link = /(https?:\/\/\S+\/invite\/[A-Za-z0-9_-]{43})/.exec(res.rows[0]?.text ?? '')?.[1];
    if (!link) throw new Error(`no invitation was emailed to ${to}`);
    return link;
  } finally {
    await client.end();
  }
}
