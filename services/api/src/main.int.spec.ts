import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { createPool } from '@healthpay/db';
import { freePort, seedDemoData } from '@healthpay/db/ops';
import { createMigratedTestDatabase, type TestDatabase } from '@healthpay/db/testing/database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
let db: TestDatabase;
let child: ChildProcess | undefined;
beforeAll(async () => {
  db = await createMigratedTestDatabase();
  const pool = createPool(db.connectionString, 2);
  await seedDemoData(pool);
  await pool.end();
});
afterAll(async () => {
  // A failed expectation must not leave the service running.
  if (child && child.exitCode === null) child.kill('SIGTERM');
  await db.drop();
});

describe('services/api main: two workers behind one port', () => {
  it('starts, serves a command from a worker, and exits 0 on SIGTERM', async () => {
    const port = await freePort();
    const api = spawn(process.execPath, ['--import', 'tsx', 'services/api/src/main.ts'], {
      cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, DATABASE_URL: db.connectionString, HP_ENV: 'test', HP_DEV_AUTH: 'true', HP_API_PORT: String(port), HP_API_HOST: '127.0.0.1', HP_API_WORKERS: '2' },
    });
    child = api;
    let output = '';
    api.stdout.on('data', (c: Buffer) => (output += c.toString()));
    api.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const exited = new Promise<number | null>((resolve) => api.once('close', resolve));
    // Ready when the readiness probe answers 200 (a worker is listening and its database is up); three processes
    // compile TypeScript on start, which takes a while on a busy machine.
    let ready = false;
    const deadline = Date.now() + 240_000;
    while (!ready && api.exitCode === null && Date.now() < deadline) {
      ready = await fetch(`http://127.0.0.1:${port}/health/readiness`).then((r) => r.ok, () => false);
      if (!ready) await new Promise((r) => setTimeout(r, 200));
    }
    expect({ ready, output: ready ? '' : output }).toEqual({ ready: true, output: '' });
    const res = await fetch(`http://127.0.0.1:${port}/api/trpc/wallet.credit`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-hp-dev-user': 'u-admin' },
      body: JSON.stringify({ json: { walletId: '0b6f4b1e-5d0a-4c41-9a43-0f3a6f1d0003', amount: 1, reference: 'main spec' } }),
    });
    expect(res.status).toBe(200);
    api.kill('SIGTERM');
    expect({ code: await exited, output: output.includes('deadline passed') ? output : '' }).toEqual({ code: 0, output: '' });
  }, 300_000);
});
