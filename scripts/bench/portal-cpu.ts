import { mkdtemp, chmod, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { encode } from '@auth/core/jwt';
import { Session } from 'node:inspector/promises';
import { writeFile, mkdir } from 'node:fs/promises';

/**
 * `tsx scripts/bench/portal-cpu.ts`: CPU microseconds per portal tRPC call, load-insensitive. Calls the
 * portal's route handler (`trpcFetchHandler`, what apps/<portal>/src/app/api/trpc/[trpc]/route.ts exports)
 * in-process with a Request, one call at a time, against a fresh embedded Postgres; process.cpuUsage() over
 * PORTAL_CPU_CALLS calls. Run with `node --cpu-prof --import tsx` to see where the time goes.
 */
const CALLS = Number(process.env.PORTAL_CPU_CALLS ?? 2000);
process.env.HP_ENV = 'development';
process.env.HP_DEV_AUTH = 'true';

const { applyMigrations, freePort, seedDemoData, startEmbeddedPostgres } = await import('@healthpay/db/ops');
const { catchUp, createPool, readModels, withDatabase } = await import('@healthpay/db');
const { env } = await import('@healthpay/config');
const { createServices, trpcFetchHandler } = await import('@healthpay/api');

const dir = await mkdtemp(path.join(os.tmpdir(), 'hp-portal-cpu-'));
await chmod(dir, 0o755);
const pgServer = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), port: await freePort(), persistent: false });
const admin = new pg.Client({ connectionString: pgServer.adminUrl });
await admin.connect();
await admin.query('CREATE DATABASE bench');
await admin.end();
const url = withDatabase(pgServer.adminUrl, 'bench');
await applyMigrations(url);
const seedPool = createPool(url, 4);
await seedDemoData(seedPool);
await catchUp(seedPool, { name: 'bench-read-models', projections: readModels });
await seedPool.end();

const services = createServices(url);
// BENCH_ACTOR_CACHE=off: every call reads its actor's row from the database (A/B of the actor cache).
if (process.env.BENCH_ACTOR_CACHE === 'off') (await import('@healthpay/db')).actorCacheOf(services.pool, { off: true });
const handlers = { web: trpcFetchHandler('web', services), admin: trpcFetchHandler('admin', services) };
const cookieOf = async (portal: 'web' | 'admin', sub: string, role: string) => {
  const name = `hp-${portal}.session`;
  const token = await encode({ token: { sub, role, portal, signedInAt: Date.now(), sid: randomUUID() }, secret: env().AUTH_SECRET, salt: name });
  return `${name}=${token}`;
};
const omarWallet = '0b6f4b1e-5d0a-4c41-9a43-0f3a6f1d0003';
const origins = { web: 'http://127.0.0.1:3000', admin: 'http://127.0.0.1:3001' };
type Case = { name: string; portal: 'web' | 'admin'; request: () => Request };
const get = (portal: 'web' | 'admin', proc: string, auth: Record<string, string>): Case['request'] =>
  () => new Request(`${origins[portal]}/api/trpc/${proc}`, { headers: auth });
const post = (portal: 'web' | 'admin', proc: string, auth: Record<string, string>, body: () => unknown): Case['request'] =>
  () => new Request(`${origins[portal]}/api/trpc/${proc}`, {
    method: 'POST', body: JSON.stringify({ json: body() }),
    headers: { ...auth, 'content-type': 'application/json', origin: origins[portal], 'idempotency-key': randomUUID() },
  });
const devPatient = { 'x-hp-dev-user': 'u-omar' };
const devStaff = { 'x-hp-dev-user': 'u-admin' };
const cookiePatient = { cookie: await cookieOf('web', 'u-omar', 'patient') };
const cookieStaff = { cookie: await cookieOf('admin', 'u-admin', 'superadmin') };
const cases: Case[] = [
  { name: 'wallet.mine (dev header)', portal: 'web', request: get('web', 'wallet.mine', devPatient) },
  { name: 'wallet.mine (session cookie)', portal: 'web', request: get('web', 'wallet.mine', cookiePatient) },
  { name: 'session.me (session cookie)', portal: 'web', request: get('web', 'session.me', cookiePatient) },
  { name: 'wallet.debit (dev header)', portal: 'admin', request: post('admin', 'wallet.debit', devStaff, () => ({ walletId: omarWallet, amount: 1, reference: 'bench' })) },
  { name: 'wallet.debit (session cookie)', portal: 'admin', request: post('admin', 'wallet.debit', cookieStaff, () => ({ walletId: omarWallet, amount: 1, reference: 'bench' })) },
];
const only = process.env.PORTAL_CPU_ONLY;
console.log(`| call | CPU µs per call | wall µs per call | status |\n|---|---|---|---|`);
for (const c of cases.filter((x) => !only || x.name.includes(only))) {
  const run = async () => {
    const res = await handlers[c.portal](c.request());
    await res.arrayBuffer();
    return res.status;
  };
  let status = await run();
  if (status !== 200) console.error(c.name, status, await (await handlers[c.portal](c.request())).text());
  for (let i = 0; i < 200; i++) await run(); // warm-up (JIT, pool connections)
  const profiler = process.env.PORTAL_CPU_PROFILE ? new Session() : null;
  if (profiler) {
    profiler.connect();
    await profiler.post('Profiler.enable');
    await profiler.post('Profiler.start');
  }
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < CALLS; i++) status = await run();
  const used = process.cpuUsage(cpu);
  const wall = performance.now() - started;
  if (profiler) {
    const { profile } = await profiler.post('Profiler.stop');
    await mkdir('.tmp/profile', { recursive: true });
    const file = `.tmp/profile/portal-${c.name.replace(/\W+/g, '-')}.cpuprofile`;
    await writeFile(file, JSON.stringify(profile));
    profiler.disconnect();
    console.error(`profile: ${file}`);
  }
  console.log(`| ${c.name} | ${Math.round((used.user + used.system) / CALLS)} | ${Math.round((wall * 1000) / CALLS)} | ${status} |`);
}
console.log(`\nactor rows read from the database: ${(await import('@healthpay/db')).actorCacheOf(services.pool).cache.loads} (actor cache ${process.env.BENCH_ACTOR_CACHE === 'off' ? 'off' : 'on'})`);
await services.pool.end();
await pgServer.stop();
await rm(dir, { recursive: true, force: true });
process.exit(0);
