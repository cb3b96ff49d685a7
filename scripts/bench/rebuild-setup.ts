import { readFile } from 'node:fs/promises';
import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createPool, readModelTables, withDatabase, type Pool } from '@healthpay/db';
import { applyMigrations, freePort, seedDemoData, startEmbeddedPostgres } from '@healthpay/db/ops';
import { seedReadBench } from './reads-seed';
import { procStat } from './process-cpu';

/** A fresh embedded Postgres with the demo data and the read bench's events (no read models yet). */
export interface RebuildBench {
  pool: Pool;
  events: number;
  /** User+system CPU seconds of every Postgres process so far. */
  postgresCpu(): Promise<number>;
  close(): Promise<void>;
}

/**
 * `keptDir`: the cluster lives there and is kept; a second start with the same folder reuses its seeded events (the
 * sizes asked are then ignored), so A/B runs in separate processes skip the seeding.
 */
export async function startRebuildBench(o: { patients: number; walletEvents: number; cardEvents: number; poolSize: number; keptDir?: string }): Promise<RebuildBench> {
  const dir = o.keptDir ? path.resolve(o.keptDir) : await mkdtemp(path.join(os.tmpdir(), 'hp-bench-rebuild-'));
  await mkdir(dir, { recursive: true });
  await chmod(dir, 0o755);
  const dataDir = path.join(dir, 'data');
  const server = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: o.keptDir !== undefined });
  const admin = new pg.Client({ connectionString: server.adminUrl });
  await admin.connect();
  const seeded = (await admin.query("SELECT 1 FROM pg_database WHERE datname = 'bench'")).rowCount === 1;
  if (!seeded) await admin.query('CREATE DATABASE bench');
  await admin.end();
  const url = withDatabase(server.adminUrl, 'bench');
  const pool = createPool(url, o.poolSize);
  // A kept database gets the migrations written since it was seeded.
  await applyMigrations(url);
  if (!seeded) {
    await seedDemoData(pool);
    await seedReadBench(pool, o);
  }
  const events = Number((await pool.query<{ n: string }>('SELECT count(*) AS n FROM events')).rows[0]?.n);
  await pool.query('VACUUM ANALYZE');
  const postmaster = Number((await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
  // Backends come and go (the pool closes idle ones): their CPU stays counted in the postmaster's children times.
  const postgresCpu = async () => (await cpuTicks(postmaster, true)) + (await childrenTicks(postmaster)) / 100;
  return {
    pool,
    events,
    postgresCpu,
    close: async () => {
      await pool.end().catch(() => {});
      await server.stop().catch(() => {});
      if (!o.keptDir) await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Order-independent fingerprint of every read-model table (row count and a sum of per-row hashes of the whole
 * row), so two rebuilds — or a rebuild and the live projector — can be compared on a million rows without sorting.
 * National ID ciphertexts differ on every write (random IV); their hash and mask columns stand for them.
 */
export async function readModelFingerprints(pool: Pool): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of [...readModelTables, 'pharmacies'].toSorted()) {
    const r = await pool.query<{ n: string; h: string | null }>(
      `SELECT count(*) AS n, sum(('x' || substr(md5((to_jsonb(t) - 'national_id_ciphertext')::text), 1, 15))::bit(60)::bigint)::text AS h FROM ${table} t`,
    );
    out[table] = `${r.rows[0]?.n}:${r.rows[0]?.h ?? '-'}`;
  }
  return out;
}

const statOf = (pid: number): Promise<string[]> => procStat(`/proc/${pid}/stat`);

/** utime + stime (seconds) of a process and, with `tree`, of its live children. */
async function cpuTicks(pid: number, tree: boolean): Promise<number> {
  const own = await statOf(pid);
  let ticks = Number(own[11] ?? 0) + Number(own[12] ?? 0);
  if (tree) {
    const children = await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => '');
    for (const child of children.split(' ').filter(Boolean)) ticks += (await cpuTicks(Number(child), false)) * 100;
  }
  return ticks / 100;
}

/** cutime + cstime (ticks): CPU of the children the process has reaped. */
const childrenTicks = async (pid: number): Promise<number> => {
  const f = await statOf(pid);
  return Number(f[13] ?? 0) + Number(f[14] ?? 0);
};
