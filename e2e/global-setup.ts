import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '@healthpay/db/ops';
import { startStack } from '../scripts/stack/stack';

/**
 * e2e runs against the real thing: a fresh embedded Postgres, migrations, demo data, the projector and
 * the three built portals, exactly as `npm start` runs them, on free ports. URLs reach the specs as env.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'hp-e2e-'));
  await chmod(dir, 0o755);
  const stack = await startStack({
    dataDir: dir,
    pgPort: await freePort(),
    databaseName: 'healthpay',
    ports: { web: await freePort(), admin: await freePort(), merchant: await freePort() },
    sandboxPorts: { paymob: await freePort(), fawry: await freePort() },
    build: true,
    quiet: process.env.E2E_VERBOSE !== '1',
    log: (l) => console.log(`[e2e] ${l}`),
  });
  process.env.WEB_URL = stack.urls.web;
  process.env.ADMIN_URL = stack.urls.admin;
  process.env.MERCHANT_URL = stack.urls.merchant;
  process.env.E2E_DATABASE_URL = stack.databaseUrl;
  if (stack.sandboxes.paymob) process.env.PAYMOB_SANDBOX_URL = stack.sandboxes.paymob;
  if (stack.sandboxes.fawry) process.env.FAWRY_SANDBOX_URL = stack.sandboxes.fawry;
  return async () => {
    await stack.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
