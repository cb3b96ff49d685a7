import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEnv } from '@healthpay/config';
import { compose, composeService, type ComposeService } from './compose-file';
import { dockerStages, envOf, last } from './dockerfile';
import { handlesDocuments } from './document-handlers';
import { ROOT } from './prometheus-rule';

/**
 * docker-compose.yml's HealthPay services, checked without a Docker engine: the payment providers they call and
 * the callbacks they receive resolve to compose services, and the claim documents live on one volume that every
 * process reading or writing them mounts, writable by the image's user.
 */
const services = Object.entries(compose.services);
const app = services.filter(([, s]) => s.image?.startsWith('healthpay:') && s.command?.some((a) => a.endsWith('.ts')));
const stages = dockerStages();
/** The Dockerfile stage a service runs: its build target, else the last stage (Docker's default). */
const stageOf = (s: ComposeService) => {
  const target = typeof s.build === 'object' ? s.build.target : undefined;
  const stage = target ? stages.find((x) => x.name === target) : stages.at(-1);
  if (!stage) throw new Error(`no Dockerfile stage ${target}`);
  return stage;
};
/** What a service's processes would see: the image's ENV, then compose's environment. */
const envIn = (s: ComposeService): Record<string, string> => ({ ...envOf(stageOf(s)), ...Object.fromEntries(Object.entries(s.environment ?? {}).map(([k, v]) => [k, String(v)])) });
const appEnv = (s: ComposeService) => parseEnv(envIn(s));
/** The ports a service's process listens on inside the network (portals: PORT; sandbox: its two ports). */
const listens = (s: ComposeService) => ['PORT', 'HP_PAYMOB_SANDBOX_PORT', 'HP_FAWRY_SANDBOX_PORT'].map((k) => envIn(s)[k]).filter(Boolean);
/** A URL called from inside a container must name a compose service (loopback is the container itself) on a port it listens on. */
function serviceAt(url: string): string {
  const u = new URL(url);
  const target = compose.services[u.hostname];
  expect(target, `${url}: ${u.hostname} is a compose service`).toBeDefined();
  expect(listens(target!), `${url}: ${u.hostname} listens on ${u.port}`).toContain(u.port);
  return u.hostname;
}

describe('docker-compose.yml: payments', () => {
  it('runs the payment sandbox from the Dockerfile’s sandbox target', () => {
    expect(composeService('payment-sandbox').build).toEqual({ context: '.', target: 'sandbox' });
    expect(last(stageOf(composeService('payment-sandbox')), 'CMD')).toContain('services/payment-sandbox/src/main.ts');
  });

  it.each(['PAYMOB_BASE_URL', 'FAWRY_BASE_URL'] as const)('every HealthPay process calls %s on a compose service that listens there', (key) => {
    expect(app.length).toBeGreaterThanOrEqual(5);
    for (const [, s] of app) expect(serviceAt(appEnv(s)[key])).toBe('payment-sandbox');
  });

  it('the sandbox’s callbacks (HP_PUBLIC_WEB_URL) reach the patient portal, which serves /api/payments/*', () => {
    for (const [, s] of app) expect(serviceAt(appEnv(s).HP_PUBLIC_WEB_URL)).toBe('web');
    expect(composeService('web').command).toContain('web');
    expect(existsSync(path.join(ROOT, 'apps/web/src/app/api/payments'))).toBe(true);
  });

  it('the sandbox signs with the keys the portals verify with', () => {
    const keys = ['PAYMOB_SECRET_KEY', 'PAYMOB_PUBLIC_KEY', 'PAYMOB_HMAC_SECRET', 'PAYMOB_INTEGRATION_ID', 'FAWRY_MERCHANT_CODE', 'FAWRY_SECURE_KEY'];
    const sandbox = envIn(composeService('payment-sandbox'));
    for (const [name, s] of app) for (const k of keys) expect(sandbox[k], `${name} ${k}`).toBe(envIn(s)[k]);
  });
});

describe('docker-compose.yml: documents', () => {
  const handlers = app.filter(([, s]) => handlesDocuments(s.command!));
  const dirs = new Set(handlers.map(([, s]) => appEnv(s).HP_DOCUMENTS_DIR));
  const [dir] = dirs;

  it('the web, admin and merchant portals and the projector handle documents, on the filesystem store', () => {
    expect(handlers.map(([name]) => name).sort()).toEqual(['admin', 'merchant', 'projector', 'web']);
    for (const [name, s] of handlers) expect(appEnv(s).HP_DOCUMENT_STORAGE, name).toBe('fs');
  });

  it('every service that handles documents mounts the same named volume at one absolute HP_DOCUMENTS_DIR', () => {
    expect([...dirs]).toHaveLength(1);
    expect(path.posix.isAbsolute(dir!), dir).toBe(true);
    const volumes = handlers.map(([name, s]) => (s.volumes ?? []).find((v) => v.split(':')[1] === dir)?.split(':')[0] ?? `${name}: none`);
    expect(new Set(volumes).size, volumes.join(', ')).toBe(1);
    expect(Object.keys(compose.volumes ?? {}), 'a named volume, not a host folder').toContain(volumes[0]);
  });

  it('the image creates HP_DOCUMENTS_DIR owned by the user it runs as, so the new volume is writable', () => {
    for (const [name, s] of handlers) {
      const stage = stageOf(s);
      expect(last(stage, 'USER'), name).toBe('node');
      const runs = stage.effective.filter((x) => x.getKeyword() === 'RUN').map((x) => x.getArgumentsContent() ?? '');
      expect(runs.some((r) => r.includes(`install -d -o node -g node ${dir}`)), `${name}: RUN install -d -o node -g node ${dir}`).toBe(true);
    }
  });
});
