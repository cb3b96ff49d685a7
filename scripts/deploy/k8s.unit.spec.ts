import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { PROBE_PATHS } from '@healthpay/config/lifecycle';
import { type K8sObject, kustomize } from './kustomize';
import { parseEnv } from '@healthpay/config';
import { containerEnv } from './container-env';
import { handlesDocuments, PORTAL_MAIN } from './document-handlers';
import { DASHBOARDS_FILE, grafanaDashboardsYaml } from './grafana-dashboards';
import { PROMETHEUS_RULE_FILE, ROOT, prometheusRuleYaml } from './prometheus-rule';
import { schemaErrors } from './validate-k8s';

type Container = { name: string; image: string; ports?: { name?: string; containerPort: number }[]; env?: { name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } }[];
  livenessProbe?: Probe; readinessProbe?: Probe; resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  lifecycle?: { preStop?: { exec?: { command: string[] } } }; securityContext?: Record<string, unknown> };
type Probe = { httpGet?: { path: string; port: string | number }; tcpSocket?: { port: string | number } };
type PodSpec = { containers: Container[]; securityContext?: { runAsNonRoot?: boolean }; terminationGracePeriodSeconds?: number };
type Deploy = K8sObject & { spec: { replicas?: number; selector: { matchLabels: Record<string, string> }; template: { metadata: { labels: Record<string, string> }; spec: PodSpec } } };

const K8S = path.join(ROOT, 'deploy/k8s');
const overlays = { dev: kustomize(path.join(K8S, 'overlays/dev')), prod: kustomize(path.join(K8S, 'overlays/prod')) };
const of = <T extends K8sObject>(objs: K8sObject[], kind: string) => objs.filter((o) => o.kind === kind) as T[];
const matches = (selector: Record<string, string>, labels: Record<string, string> = {}) => Object.entries(selector).every(([k, v]) => labels[k] === v);
const SECRET_NAME = /SECRET|_KEY|KEYS|TOKEN|PASSWORD|DATABASE_URL|SMTP_URL/;

describe.each(Object.entries(overlays))('deploy/k8s/overlays/%s rendered', (name, objs) => {
  const deployments = of<Deploy>(objs, 'Deployment');
  const byName = new Map(deployments.map((d) => [d.metadata.name, d]));

  it('every object is valid against its Kubernetes schema', () => {
    expect(objs.length).toBeGreaterThan(10);
    expect(objs.flatMap(schemaErrors)).toEqual([]);
  });

  it('runs the three portals, projector and relay; the payment sandbox only in dev', () => {
    const expected = ['admin', 'merchant', 'projector', 'relay', 'web', ...(name === 'dev' ? ['payment-sandbox'] : [])].sort();
    expect([...byName.keys()].sort()).toEqual(expected);
    expect(objs.every((o) => o.metadata.namespace === (name === 'dev' ? 'healthpay-dev' : 'healthpay'))).toBe(true);
  });

  it('holds no secret value: no Secret objects, secrets only by secretKeyRef', () => {
    expect(of(objs, 'Secret')).toEqual([]);
    for (const cm of of<K8sObject & { data: Record<string, string> }>(objs, 'ConfigMap')) expect(Object.keys(cm.data).filter((k) => SECRET_NAME.test(k))).toEqual([]);
    for (const d of deployments) for (const c of d.spec.template.spec.containers) for (const e of c.env ?? []) {
      if (SECRET_NAME.test(e.name)) expect({ env: e.name, value: e.value, ref: e.valueFrom?.secretKeyRef?.name }).toEqual({ env: e.name, value: undefined, ref: 'healthpay-secrets' });
    }
  });

  it('every container has probes on its own ports, resources, a pinned image and runs as non-root', () => {
    for (const d of deployments) {
      const pod = d.spec.template.spec;
      expect(pod.securityContext?.runAsNonRoot, d.metadata.name).toBe(true);
      for (const c of pod.containers) {
        const ports = new Set((c.ports ?? []).flatMap((p) => [p.name, p.containerPort]));
        for (const probe of [c.livenessProbe, c.readinessProbe]) {
          const port = probe?.httpGet?.port ?? probe?.tcpSocket?.port;
          expect(port !== undefined && ports.has(port), `${c.name} probe port ${port}`).toBe(true);
        }
        expect(c.resources?.requests?.cpu && c.resources.requests.memory && c.resources.limits?.memory, c.name).toBeTruthy();
        expect(c.image, c.name).toMatch(/^ghcr\.io\/healthpay\/[a-z]+:[\w.-]+$/);
        expect(c.securityContext).toMatchObject({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true });
      }
    }
  });

  it('probes call the real health routes: the portals’ Next routes, the workers’ probe server', () => {
    for (const d of deployments) {
      const c = d.spec.template.spec.containers[0]!;
      const paths = [c.livenessProbe?.httpGet?.path, c.readinessProbe?.httpGet?.path];
      if (d.metadata.labels?.['app.kubernetes.io/component'] === 'portal') {
        for (const p of paths) expect(existsSync(path.join(ROOT, 'apps', d.metadata.name, 'src/app', p!, 'route.ts')), `${d.metadata.name} ${p}`).toBe(true);
        expect(paths).toEqual(['/api/health/liveness', '/api/health/readiness']);
      }
      if (d.metadata.labels?.['app.kubernetes.io/component'] === 'worker') expect(paths).toEqual([PROBE_PATHS.liveness, PROBE_PATHS.readiness]);
    }
  });

  it('gives a stopping process time to drain: grace period above the shutdown deadline plus the preStop pause', () => {
    const config = of<K8sObject & { data: Record<string, string> }>(objs, 'ConfigMap').find((c) => c.metadata.name === 'healthpay-config')!;
    const deadline = Number(config.data.HP_SHUTDOWN_TIMEOUT_MS);
    expect(deadline).toBeGreaterThan(0);
    for (const d of deployments.filter((x) => x.metadata.name !== 'payment-sandbox')) {
      const pause = Number(d.spec.template.spec.containers[0]!.lifecycle?.preStop?.exec?.command.at(-1) ?? 0) * 1000;
      expect((d.spec.template.spec.terminationGracePeriodSeconds ?? 30) * 1000, d.metadata.name).toBeGreaterThan(deadline + pause);
    }
  });

  it('services select pods and name ports they have; HPAs and PDBs target what exists, PDBs leave room to drain', () => {
    for (const s of of<K8sObject & { spec: { selector: Record<string, string>; ports: { name: string; targetPort: string }[] } }>(objs, 'Service')) {
      const target = deployments.find((d) => matches(s.spec.selector, d.spec.template.metadata.labels));
      expect(target, s.metadata.name).toBeDefined();
      const ports = target!.spec.template.spec.containers.flatMap((c) => (c.ports ?? []).map((p) => p.name));
      for (const p of s.spec.ports) expect(ports, `${s.metadata.name}:${p.targetPort}`).toContain(p.targetPort);
    }
    const hpas = of<K8sObject & { spec: { scaleTargetRef: { name: string }; minReplicas: number } }>(objs, 'HorizontalPodAutoscaler');
    for (const h of hpas) expect(byName.has(h.spec.scaleTargetRef.name), h.metadata.name).toBe(true);
    for (const pdb of of<K8sObject & { spec: { minAvailable: number; selector: { matchLabels: Record<string, string> } } }>(objs, 'PodDisruptionBudget')) {
      const d = deployments.find((x) => matches(pdb.spec.selector.matchLabels, x.spec.template.metadata.labels));
      expect(d, pdb.metadata.name).toBeDefined();
      const replicas = hpas.find((h) => h.spec.scaleTargetRef.name === d!.metadata.name)?.spec.minReplicas ?? d!.spec.replicas ?? 1;
      expect(pdb.spec.minAvailable, pdb.metadata.name).toBeLessThan(replicas);
    }
  });

  it('the ingress serves every host over TLS to an existing service port; metrics are scraped by the ServiceMonitor only', () => {
    const [ingress] = of<K8sObject & { spec: { tls: { hosts: string[] }[]; rules: { host: string; http: { paths: { backend: { service: { name: string; port: { name: string } } } }[] } }[] } }>(objs, 'Ingress');
    const tlsHosts = ingress!.spec.tls.flatMap((t) => t.hosts);
    const services = of<K8sObject & { spec: { ports: { name: string }[] } }>(objs, 'Service');
    for (const r of ingress!.spec.rules) {
      expect(tlsHosts).toContain(r.host);
      for (const p of r.http.paths) {
        const svc = services.find((s) => s.metadata.name === p.backend.service.name);
        expect(svc?.spec.ports.map((x) => x.name), r.host).toContain(p.backend.service.port.name);
        expect(p.backend.service.port.name).not.toBe('metrics');
      }
    }
    const [monitor] = of<K8sObject & { spec: { selector: { matchLabels: Record<string, string> }; endpoints: { port: string }[] } }>(objs, 'ServiceMonitor');
    const scraped = services.filter((s) => matches(monitor!.spec.selector.matchLabels, s.metadata.labels) && s.spec.ports.some((p) => p.name === monitor!.spec.endpoints[0]!.port));
    expect(scraped.map((s) => s.metadata.name).sort()).toEqual(['admin', 'merchant', 'projector', 'relay', 'web']);
    // The jobs the rules in deploy/prometheus expect (the same names `npm run observe` gives its scrape jobs).
    const jobLabel = (monitor!.spec as { jobLabel?: string }).jobLabel!;
    expect([...new Set(scraped.map((s) => s.metadata.labels?.[jobLabel]))].sort()).toEqual(['portal', 'projector', 'relay']);
  });

  it('keeps a browser on one portal pod (read-your-writes is per process) wherever a portal runs more than one', () => {
    const [ingress] = of(objs, 'Ingress');
    const annotations = (ingress!.metadata as { annotations?: Record<string, string> }).annotations ?? {};
    const portals = ['web', 'admin', 'merchant'].map((p) => byName.get(p)!);
    expect(portals.some((d) => (d.spec.replicas ?? 1) > 1 || of<K8sObject & { spec: { scaleTargetRef: { name: string } } }>(objs, 'HorizontalPodAutoscaler').some((h) => h.spec.scaleTargetRef.name === d.metadata.name))).toBe(true);
    expect(annotations).toMatchObject({
      'nginx.ingress.kubernetes.io/affinity': 'cookie',
      'nginx.ingress.kubernetes.io/session-cookie-secure': 'true',
      'nginx.ingress.kubernetes.io/session-cookie-path': '/',
    });
  });
});

describe('deploy/k8s/base/monitoring/prometheus-rule.yaml', () => {
  it('is generated from deploy/prometheus (run `npm run k8s:generate` after changing the rules)', () => {
    expect(readFileSync(PROMETHEUS_RULE_FILE, 'utf8')).toBe(prometheusRuleYaml());
  });
});

describe('deploy/k8s/base/monitoring/grafana-dashboards.yaml', () => {
  it('is generated from deploy/grafana/dashboards (run `npm run k8s:generate` after changing them)', () => {
    expect(readFileSync(DASHBOARDS_FILE, 'utf8')).toBe(grafanaDashboardsYaml());
  });
});

describe('deploy/k8s/jobs/migrate.yaml (run once per release)', () => {
  const [job] = parseAllDocuments(readFileSync(path.join(K8S, 'jobs/migrate.yaml'), 'utf8')).map((d) => d.toJS() as K8sObject);
  it('is a valid Job running the migrator with the worker image, configuration and secrets by reference', () => {
    expect(schemaErrors(job!)).toEqual([]);
    const c = (job as K8sObject & { spec: { template: { spec: PodSpec & { containers: (Container & { args: string[]; envFrom: unknown[] })[] } } } }).spec.template.spec.containers[0]!;
    expect(c.image).toMatch(/^ghcr\.io\/healthpay\/worker:/);
    expect(existsSync(path.join(ROOT, c.args[0]!))).toBe(true);
    expect(c.envFrom).toEqual([{ configMapRef: { name: 'healthpay-config' } }, { secretRef: { name: 'healthpay-secrets' } }]);
  });
});

/** Stand-ins for what the Secret `healthpay-secrets` holds in production, in the formats env.ts expects. */
const PRODUCTION_SECRETS: Record<string, string> = {
  DATABASE_URL: 'postgres://healthpay:p@db.internal:5432/healthpay', AUTH_SECRET: 'a'.repeat(64),
  PII_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}`, PII_HASH_KEY: 'h'.repeat(64), CEQUENS_API_KEY: 'c'.repeat(32),
  SMTP_URL: 'smtps://healthpay:p@mail.internal:465', PAYMOB_SECRET_KEY: 'egy_sk_live_x', PAYMOB_PUBLIC_KEY: 'egy_pk_live_x',
  PAYMOB_HMAC_SECRET: 'H'.repeat(32), PAYMOB_INTEGRATION_ID: '123', FAWRY_MERCHANT_CODE: 'MC1', FAWRY_SECURE_KEY: 'S'.repeat(32),
  S3_BUCKET: 'healthpay-documents', S3_ACCESS_KEY_ID: 'AKIAEXAMPLE', S3_SECRET_ACCESS_KEY: 's'.repeat(40),
};

describe('deploy/k8s/overlays/prod configuration', () => {
  it('passes the production checks of env.ts in every container, given the Secret’s keys', () => {
    for (const d of of<Deploy>(overlays.prod, 'Deployment')) {
      for (const c of d.spec.template.spec.containers) {
        const env = containerEnv(overlays.prod, c as never, (key) => PRODUCTION_SECRETS[key]);
        expect(() => parseEnv(env), `${d.metadata.name}`).not.toThrow();
        expect(parseEnv(env)).toMatchObject({ HP_ENV: 'production', HP_MODE: 'scaled', HP_DEV_AUTH: false });
      }
    }
  });

  it('the dev overlay parses too (development rules, no dev sign-in off loopback), pointed at the sandboxes', () => {
    for (const d of of<Deploy>(overlays.dev, 'Deployment').filter((x) => x.metadata.name !== 'payment-sandbox')) {
      const env = parseEnv(containerEnv(overlays.dev, d.spec.template.spec.containers[0] as never, (key) => PRODUCTION_SECRETS[key]));
      expect(env, d.metadata.name).toMatchObject({ HP_ENV: 'development', HP_DEV_AUTH: false, PAYMOB_BASE_URL: 'http://payment-sandbox:3010' });
    }
  });

  it('names only keys the Secret is documented to hold', () => {
    const keys = new Set(of<Deploy>(overlays.prod, 'Deployment').flatMap((d) => d.spec.template.spec.containers.flatMap((c) => (c.env ?? []).flatMap((e) => e.valueFrom?.secretKeyRef?.key ?? []))));
    expect([...keys].filter((k) => !(k in PRODUCTION_SECRETS))).toEqual([]);
    const doc = readFileSync(path.join(ROOT, 'docs/operations.md'), 'utf8');
    expect([...keys].filter((k) => !doc.includes(`\`${k}\``))).toEqual([]);
  });
});

describe('claim documents in the overlays (docs/documents.md)', () => {
  type Mounted = Container & { args?: string[]; volumeMounts?: { name: string; mountPath: string }[] };
  type Pod = PodSpec & { volumes?: { name: string; persistentVolumeClaim?: { claimName: string } }[] };
  /** Every container that reads or writes documents, with the environment it starts with. */
  const handlers = (objs: K8sObject[], secret: (key: string) => string | undefined) => of<Deploy>(objs, 'Deployment').flatMap((d) => d.spec.template.spec.containers.map((c: Mounted) => ({
    name: d.metadata.name, pod: d.spec.template.spec as Pod, container: c, env: containerEnv(objs, c as never, secret),
    argv: c.image.includes('/portal:') ? [PORTAL_MAIN, ...(c.args ?? [])] : c.args ?? [],
  }))).filter((x) => handlesDocuments(x.argv));
  /** The volume a path lives on: the container's deepest mount at or above it. */
  const volumeAt = (c: Mounted, dir: string) => (c.volumeMounts ?? []).filter((m) => dir === m.mountPath || dir.startsWith(`${m.mountPath}/`)).sort((a, b) => b.mountPath.length - a.mountPath.length)[0]?.name;

  it('dev: every pod that handles documents mounts the same ReadWriteMany claim at HP_DOCUMENTS_DIR', () => {
    const dev = handlers(overlays.dev, (key) => PRODUCTION_SECRETS[key]);
    expect(dev.map((h) => h.name).sort()).toEqual(['admin', 'merchant', 'projector', 'web']);
    const claims = dev.map(({ name, pod, container, env }) => {
      const parsed = parseEnv(env);
      expect(parsed.HP_DOCUMENT_STORAGE, name).toBe('fs');
      const volume = pod.volumes?.find((v) => v.name === volumeAt(container, parsed.HP_DOCUMENTS_DIR));
      return volume?.persistentVolumeClaim?.claimName ?? `${name}: ${parsed.HP_DOCUMENTS_DIR} is not on a claim`;
    });
    expect(new Set(claims).size, claims.join(', ')).toBe(1);
    const pvc = of<K8sObject & { spec: { accessModes: string[] } }>(overlays.dev, 'PersistentVolumeClaim').find((c) => c.metadata.name === claims[0]);
    expect(pvc?.spec.accessModes, 'pods of several deployments, on any node').toContain('ReadWriteMany');
  });

  it('prod: every pod that handles documents keeps them in S3, and does not start without the bucket’s secrets', () => {
    const withoutS3 = (key: string) => (key.startsWith('S3_') ? undefined : PRODUCTION_SECRETS[key]);
    const prod = handlers(overlays.prod, (key) => PRODUCTION_SECRETS[key]);
    expect(prod.map((h) => h.name).sort()).toEqual(['admin', 'merchant', 'projector', 'web']);
    for (const { name, env } of prod) expect(parseEnv(env), name).toMatchObject({ HP_DOCUMENT_STORAGE: 's3', HP_DOCUMENTS_ALLOW_FS: false });
    for (const { name, env } of handlers(overlays.prod, withoutS3)) expect(() => parseEnv(env), name).toThrow(/S3_BUCKET/);
    expect(of(overlays.prod, 'PersistentVolumeClaim')).toEqual([]);
  });
});
