import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { type K8sObject, kustomize } from './kustomize';
import { ROOT } from './prometheus-rule';
import { copyFrom, dockerStages, envOf, last } from './dockerfile';

const stages = dockerStages();
const stage = (name: string) => {
  const s = stages.find((x) => x.name === name);
  if (!s) throw new Error(`no stage ${name}`);
  return s;
};
const rendered = kustomize(path.join(ROOT, 'deploy/k8s/overlays/dev'));
type Container = { image: string; args?: string[]; ports?: { name: string; containerPort: number }[]; livenessProbe?: { httpGet?: { path: string } }; readinessProbe?: { httpGet?: { path: string } } };
const containers = rendered.filter((o) => o.kind === 'Deployment').flatMap((d) => ((d as K8sObject & { spec: { template: { spec: { containers: Container[] } } } }).spec.template.spec.containers));
const DEPLOYABLES = { portal: 'ghcr.io/healthpay/portal', worker: 'ghcr.io/healthpay/worker', sandbox: 'ghcr.io/healthpay/sandbox' } as const;

describe('Dockerfile (parsed with dockerfile-ast)', () => {
  it('is multi-stage: dependencies and build in full images, each deployable on the slim runtime', () => {
    expect(stages.map((s) => s.name)).toEqual(['deps', 'build', 'runtime', 'worker', 'sandbox', 'portal', 'all']);
    expect(stage('runtime').from).toBe('node:20-bookworm-slim');
    expect(stage('runtime').own.map(copyFrom)).toContain('deps');
    const nextBuilds = stage('portal').own.filter((x) => copyFrom(x) === 'build').map((x) => x.getArgumentsContent());
    expect(nextBuilds).toEqual(['web', 'admin', 'merchant'].map((p) => `/app/apps/${p}/.next /app/apps/${p}/.next`));
  });

  it.each(Object.keys(DEPLOYABLES))('%s runs as a non-root user', (name) => {
    expect(last(stage(name), 'USER')).toBe('node');
    expect(stage(name).effective.map((x) => x.getKeyword())).not.toContain('ARG');
  });

  it('carries no secret in ENV', () => {
    for (const s of stages) expect(Object.keys(envOf(s)).filter((k) => /SECRET|_KEY|TOKEN|PASSWORD|DATABASE_URL/.test(k))).toEqual([]);
  });

  it.each(Object.entries(DEPLOYABLES))('%s: HEALTHCHECK calls what its Kubernetes probes call, on the port its container listens on', (name, image) => {
    const check = last(stage(name), 'HEALTHCHECK') ?? '';
    const env = envOf(stage(name));
    const mine = containers.filter((c) => c.image.startsWith(`${image}:`));
    expect(mine.length).toBeGreaterThan(0);
    for (const c of mine) {
      const path = c.readinessProbe?.httpGet?.path;
      if (path) expect(check).toContain(`'${path}'`);
      else for (const p of c.ports ?? []) expect(check).toContain(String(p.containerPort));
      for (const p of c.ports ?? []) if (p.name === 'http') expect([env.PORT, c.args?.[1]]).toEqual([String(p.containerPort), String(p.containerPort)]);
      for (const p of c.ports ?? []) if (p.name === 'health') expect(env.HP_HEALTH_PORT).toBe(String(p.containerPort));
    }
  });

  it('the default target (docker-compose) has no entrypoint or health check of its own', () => {
    expect(stages.at(-1)!.name).toBe('all');
    expect(last(stage('all'), 'ENTRYPOINT')).toBe('[]');
    expect(last(stage('all'), 'HEALTHCHECK')).toBe('NONE');
  });
});

describe('.github/workflows/ci.yml', () => {
  const ci = parse(readFileSync(path.join(ROOT, '.github/workflows/ci.yml'), 'utf8')) as {
    on: Record<string, unknown>;
    jobs: Record<string, { 'runs-on': string; steps: { run?: string; with?: Record<string, string> }[]; strategy?: { matrix: { target: string[] } } }>;
  };

  it('runs `bash .ci/run` on Ubuntu for pushes and pull requests', () => {
    expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push']);
    expect(ci.jobs.test!['runs-on']).toMatch(/^ubuntu-/);
    expect(ci.jobs.test!.steps.map((s) => s.run).filter(Boolean)).toEqual(['bash .ci/run']);
  });

  it('builds the image of every deployable target', () => {
    expect(ci.jobs.images!.strategy!.matrix.target.sort()).toEqual(Object.keys(DEPLOYABLES).sort());
    expect(ci.jobs.images!.steps.some((s) => s.with?.target === '${{ matrix.target }}')).toBe(true);
  });
});
