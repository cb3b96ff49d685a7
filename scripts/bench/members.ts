import { mkdtemp, chmod, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { applyMigrations, freePort, seedDemoData, startEmbeddedPostgres } from '@healthpay/db/ops';
import { catchUp, createPool, readModels, withDatabase } from '@healthpay/db';
import { createCaller, createServices, restV1Handler } from '@healthpay/api';

/**
 * `npm run bench:members`: POST /api/v1/members/bulk with BENCH_MEMBERS rows (10,000) as an organization
 * token, against a fresh embedded Postgres (synchronous_commit=on), in-process (the REST handler called
 * with a Request: JSON parse, validation, batched lookups, patients, wallets, cards, group-committed events).
 * Then the same body again (everything matched, nothing new). Knobs (env): BENCH_MEMBERS (10000),
 * BENCH_CARDS (1: every row carries a card, every fourth a child on it; 0: members only).
 */
const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 10_000);
const CARDS = process.env.BENCH_CARDS !== '0';

const dir = await mkdtemp(path.join(os.tmpdir(), 'hp-bench-members-'));
await chmod(dir, 0o755);
const pgServer = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), port: await freePort(), persistent: false });
const admin = new pg.Client({ connectionString: pgServer.adminUrl });
await admin.connect();
await admin.query('CREATE DATABASE bench');
const settings = await admin.query(`SELECT name, setting FROM pg_settings WHERE name IN ('synchronous_commit','fsync','server_version')`);
await admin.end();
const url = withDatabase(pgServer.adminUrl, 'bench');
await applyMigrations(url);
const seedPool = createPool(url, 4);
await seedDemoData(seedPool);
await seedPool.end();

const services = createServices(url);
const staff = createCaller({ services, actor: { userId: 'u-admin', role: 'superadmin', pharmacyId: null }, idempotencyKey: null });
await staff.organizations.create({ id: 'bench-employer', kind: 'employer', name: 'Bench Employer', nameAr: 'صاحب عمل' });
const { token } = await staff.organizations.issueToken({ organizationId: 'bench-employer', name: 'bench' });
const rest = restV1Handler(services);

const rows = Array.from({ length: MEMBERS }, (_, i) => ({
  externalId: `EMP-${String(i).padStart(6, '0')}`,
  // Born 1990-01-01 (governorate 01), serial i: valid and distinct; mobiles from an unused range.
  nationalId: `2900101${String(Math.floor(i / 10_000) + 1).padStart(2, '0')}${String(i % 10_000).padStart(4, '0')}5`,
  phone: `+20155${String(i).padStart(7, '0')}`,
  nameEn: 'Bench Member',
  nameAr: 'عضو تجريبي',
  ...(CARDS && { card: { tier: 'silver', monthlyLimit: '2000.00', copaymentPercent: 10 } }),
  ...(CARDS && i % 4 === 0 && { family: [{ relationship: 'child', nationalId: `318021501${String(i % 10_000).padStart(4, '0')}5`, name: 'Bench Child' }] }),
}));
const body = JSON.stringify({ rows });

async function run(label: string) {
  const started = performance.now();
  const res = await rest(new Request('http://127.0.0.1/api/v1/members/bulk', {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body,
  }));
  const json = (await res.json()) as { summary?: Record<string, number>; error?: unknown };
  const seconds = (performance.now() - started) / 1000;
  if (res.status !== 200) throw new Error(`${label}: ${res.status} ${JSON.stringify(json.error)}`);
  const line = `| ${label} | ${MEMBERS} | ${seconds.toFixed(1)} | ${Math.round(MEMBERS / seconds)} | ${JSON.stringify(json.summary)} |`;
  console.log(line);
  return line;
}

console.log(`enrolling ${MEMBERS} members (${(body.length / 2 ** 20).toFixed(1)} MiB body)…`);
const first = await run('first run');
// What the projector does continuously (not timed): a re-run reads the card read models to skip complete cards.
const projectStarted = performance.now();
await catchUp(services.pool, { name: 'bench-members', projections: readModels });
const projected = ((performance.now() - projectStarted) / 1000).toFixed(1);
const lines = [first, await run('same body again')];
const s = Object.fromEntries(settings.rows.map((r: { name: string; setting: string }) => [r.name, r.setting]));
console.log(`
Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}
Postgres ${s.server_version} (embedded): synchronous_commit=${s.synchronous_commit}, fsync=${s.fsync}
Workload: POST /api/v1/members/bulk in-process as an organization token; ${CARDS ? 'every row with a card (every fourth with a child)' : 'members only'}; read models caught up between the runs in ${projected} s
Group commit: HP_APPEND_MAX_BATCH=${process.env.HP_APPEND_MAX_BATCH ?? 500}, HP_APPEND_MAX_IN_FLIGHT=${process.env.HP_APPEND_MAX_IN_FLIGHT ?? 1}

| run | rows | seconds | rows/s | summary |
|---|---|---|---|---|
${lines.join('\n')}`);

await services.pool.end();
await pgServer.stop();
await rm(dir, { recursive: true, force: true });
