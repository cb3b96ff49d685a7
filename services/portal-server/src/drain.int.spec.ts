import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestDatabase, createMigratedTestDatabase } from '@healthpay/db/testing/database';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const FIXTURE = path.join(import.meta.dirname, 'testing/drain-fixture.ts');

interface Running { child: ChildProcess; url: string; output: string[]; line(re: RegExp): Promise<string>; exited: Promise<number | null> }

/** The fixture as a real child process (its own event loop, signals, exit code). */
async function start(databaseUrl: string, env: Record<string, string>): Promise<Running> {
  // node itself with tsx's loader (not the tsx CLI, which would sit between the signal and the process).
  const child = spawn(process.execPath, ['--import', 'tsx', FIXTURE], {
    cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl, HP_ENV: 'test', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const waiters: { re: RegExp; resolve: (l: string) => void }[] = [];
  const onLine = (chunk: Buffer) => {
    for (const l of chunk.toString().split('\n').filter(Boolean)) {
      output.push(l);
      for (const w of waiters.filter((x) => x.re.test(l))) w.resolve(l);
    }
  };
  child.stdout!.on('data', onLine);
  child.stderr!.on('data', onLine);
  // 'close': the process has exited and its output has all been read.
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  const line = (re: RegExp) => {
    const seen = output.find((l) => re.test(l));
    return seen ? Promise.resolve(seen) : new Promise<string>((resolve, reject) => {
      waiters.push({ re, resolve });
      void exited.then(() => reject(new Error(`exited before ${re}: ${output.join('\n')}`)));
    });
  };
  const port = (await line(/^listening \d+$/)).split(' ')[1];
  return { child, url: `http://127.0.0.1:${port}`, output, line, exited };
}

type Result = { id: string; outcome: 'acked' | 'refused' | 'unreachable' | 'other'; status?: number };

async function send(url: string, id: string): Promise<Result> {
  try {
    const res = await fetch(`${url}/transfer/${id}`, { method: 'POST' });
    await res.text();
    return { id, status: res.status, outcome: res.status === 200 ? 'acked' : res.status === 503 ? 'refused' : 'other' };
  } catch {
    return { id, outcome: 'unreachable' };
  }
}

describe('SIGTERM under load (portal server drain, real process and Postgres)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createMigratedTestDatabase();
  });
  afterAll(() => db?.drop());

  it('readiness 503 at once, new requests refused, every acknowledged command committed with both legs, exit 0 in time', async () => {
    const p = await start(db.connectionString, { HP_SHUTDOWN_TIMEOUT_MS: '10000' });
    expect((await fetch(`${p.url}/api/health/readiness`)).status).toBe(200);
    const results: Result[] = [];
    let stop = false;
    // 12 clients, each sending one command after another until the server is gone.
    const clients = Array.from({ length: 12 }, async () => {
      while (!stop) {
        const r = await send(p.url, randomUUID());
        results.push(r);
        if (r.outcome === 'unreachable') stop = true;
      }
    });
    while (results.filter((r) => r.outcome === 'acked').length < 40) await new Promise((r) => setImmediate(r));
    const acksBefore = results.filter((r) => r.outcome === 'acked').length;

    const signalled = Date.now();
    p.child.kill('SIGTERM');
    await p.line(/SIGTERM: draining/);
    const readiness = await fetch(`${p.url}/api/health/readiness`);
    expect([readiness.status, await readiness.json()]).toEqual([503, expect.objectContaining({ status: 'draining' })]);

    const code = await p.exited;
    const took = Date.now() - signalled;
    stop = true;
    await Promise.all(clients);
    expect(code).toBe(0);
    expect(took).toBeLessThan(10_000);
    expect(p.output).toContain('[shutdown] closed postgres pool');

    const client = new pg.Client({ connectionString: db.connectionString });
    await client.connect();
    const { rows } = await client.query<{ transfer: string; legs: string }>(
      `SELECT event_data->>'transfer' AS transfer, count(*) AS legs FROM events WHERE aggregate_type = 'shutdown-test' GROUP BY 1`,
    );
    await client.end();
    const committed = new Map(rows.map((r) => [r.transfer, Number(r.legs)]));
    const acked = results.filter((r) => r.outcome === 'acked');
    // Requests in flight at SIGTERM finished and were acknowledged after it; later ones were refused.
    expect(acked.length).toBeGreaterThan(acksBefore);
    expect(results.filter((r) => r.outcome === 'refused').length).toBeGreaterThan(0);
    expect(results.filter((r) => r.outcome === 'other')).toEqual([]);
    expect(acked.filter((r) => committed.get(r.id) !== 2)).toEqual([]);
    expect([...committed.values()].filter((legs) => legs !== 2)).toEqual([]);
    // Nothing refused or unanswered was committed: the client knows the fate of every command it sent.
    expect(results.filter((r) => r.outcome !== 'acked' && committed.has(r.id))).toEqual([]);
  });

  it('exits 1 at the deadline when a request in flight does not finish', async () => {
    const p = await start(db.connectionString, { HP_SHUTDOWN_TIMEOUT_MS: '800', FIXTURE_WORK_SECONDS: '30' });
    const stuck = send(p.url, randomUUID());
    // The request is inside the handler once Postgres runs its pg_sleep.
    const client = new pg.Client({ connectionString: db.connectionString });
    await client.connect();
    while ((await client.query(`SELECT 1 FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep%' AND state = 'active'`)).rowCount === 0) {
      await new Promise((r) => setImmediate(r));
    }
    await client.end();
    const signalled = Date.now();
    p.child.kill('SIGTERM');
    expect(await p.exited).toBe(1);
    expect(Date.now() - signalled).toBeLessThan(5_000);
    expect(p.output).toContain('[shutdown] deadline passed: exiting with work unfinished');
    expect((await stuck).outcome).toBe('unreachable');
  });
});
