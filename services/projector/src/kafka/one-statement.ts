import { LIVE_CHANNEL, livePayloadOf, type PoolClient } from '@healthpay/db';

interface Recorded { text: string; values: unknown[] }

/**
 * Writes recorded instead of sent, then sent as one statement: each an `INSERT … ON CONFLICT` (or other data-modifying
 * statement) as a CTE, with the projection's NOTIFY as the statement itself. One statement is atomic on its own, so
 * it needs no BEGIN or COMMIT: one round trip where the transaction took six. Every CTE sees the snapshot the
 * statement started with, so the writes must go to distinct tables and none may read what another writes.
 */
export class OneStatement {
  private readonly writes: Recorded[] = [];

  /** A client whose queries are recorded, answering no rows: what a projection's `save` is handed. */
  readonly client = {
    query: async (q: string | { text: string; values?: unknown[] }, values?: unknown[]) => {
      this.writes.push(typeof q === 'string' ? { text: q, values: values ?? [] } : { text: q.text, values: q.values ?? [] });
      return { rows: [], rowCount: 0 };
    },
  } as unknown as PoolClient;

  /** Sends the recorded writes and the NOTIFY of `events` (nothing when there is neither). */
  async send(tx: PoolClient, events: Parameters<typeof livePayloadOf>[0]): Promise<void> {
    const payload = livePayloadOf(events);
    if (this.writes.length === 0 && payload === null) return;
    const values: unknown[] = [];
    const ctes = this.writes.map((w, i) => {
      const offset = values.length;
      values.push(...w.values);
      return `w${i} AS (${w.text.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`)})`;
    });
    const main = payload === null ? 'SELECT 1' : `SELECT pg_notify($${values.push(LIVE_CHANNEL)}, $${values.push(payload)})`;
    const text = ctes.length > 0 ? `WITH ${ctes.join(',\n')}\n${main}` : main;
    await tx.query({ name: statementName(text), text, values });
  }
}

// Named, so each connection parses and plans a combination once; a batch of debits always makes the same one.
const names = new Map<string, string>();
const statementName = (text: string): string => {
  let name = names.get(text);
  if (name === undefined) {
    name = `hp_project_one_${names.size}`;
    names.set(text, name);
  }
  return name;
};
