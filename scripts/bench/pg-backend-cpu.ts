import pg from 'pg';
import { procStat, topThreads } from './process-cpu';

/** CPU ticks so far of each Postgres server process, keyed by pid, with who it serves (`application_name`, else its kind). */
export type BackendTicks = Map<number, { name: string; ticks: number }>;

/** The server's CPU by backend, and its commits and WAL bytes so far. */
export interface PgReading {
  backends: BackendTicks;
  commits: number;
  walBytes: number;
  /** Rows of `events` read by sequential scans so far: a commit statement planned on a tiny table scans it whole (pipeline run 6). */
  eventsSeqRead: number;
}

/**
 * Each backend's CPU (Linux /proc), labelled by the client's `application_name` (the bench sets `PGAPPNAME` per process)
 * or the backend's type (walwriter, checkpointer…): which client's statements Postgres' CPU goes to.
 */
export async function pgReading(adminUrl: string): Promise<PgReading> {
  const client = new pg.Client({ connectionString: adminUrl, application_name: 'bench-observer' });
  await client.connect();
  try {
    const res = await client.query<{ pid: number; name: string }>(
      `SELECT pid, coalesce(nullif(application_name, ''), backend_type) AS name FROM pg_stat_activity`,
    );
    const backends: BackendTicks = new Map();
    for (const { pid, name } of res.rows) {
      const f = await procStat(`/proc/${pid}/stat`);
      if (f.length > 13) backends.set(pid, { name, ticks: Number(f[11]) + Number(f[12]) });
    }
    const db = await client.query<{ commits: string; wal: string; seq: string | null }>(
      `SELECT (SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()) AS commits,
              pg_current_wal_lsn() - '0/0'::pg_lsn AS wal,
              (SELECT seq_tup_read FROM pg_stat_user_tables WHERE relname = 'events') AS seq`,
    );
    const row = db.rows[0];
    return { backends, commits: Number(row?.commits ?? 0), walBytes: Number(row?.wal ?? 0), eventsSeqRead: Number(row?.seq ?? 0) };
  } finally {
    await client.end();
  }
}

/**
 * Postgres per event between two readings: CPU summed by client, busiest first ("name µs/event"), then commits, WAL
 * bytes and rows of `events` read by sequential scans per event. Commits count the whole database (observer connections
 * included: a handful per run).
 */
export function pgPerEvent(before: PgReading, after: PgReading, events: number): string {
  const cpu = topThreads(before.backends, after.backends, events, Infinity);
  const per = (n: number) => (n / events).toFixed(2);
  const wal = Math.round((after.walBytes - before.walBytes) / events);
  const seqRead = Math.round((after.eventsSeqRead - before.eventsSeqRead) / events);
  return `${cpu}; ${per(after.commits - before.commits)} commits, ${wal} WAL bytes, ${seqRead} events rows seq-scanned per event`;
}
