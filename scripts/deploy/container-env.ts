import type { K8sObject } from './kustomize';

type EnvVar = { name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string; optional?: boolean } } };
type Container = { name: string; env?: EnvVar[]; envFrom?: { configMapRef?: { name: string } }[] };

/**
 * The environment a container of a rendered overlay would start with: its ConfigMaps, then its own `env`, the
 * secretKeyRefs filled in by `secret(key)` (the Secret itself is never in the repository).
 */
export function containerEnv(objects: K8sObject[], container: Container, secret: (key: string) => string | undefined): Record<string, string> {
  const configMaps = new Map(objects.filter((o) => o.kind === 'ConfigMap').map((o) => [o.metadata.name, (o as K8sObject & { data: Record<string, string> }).data]));
  const env: Record<string, string> = {};
  for (const from of container.envFrom ?? []) Object.assign(env, configMaps.get(from.configMapRef?.name ?? '') ?? {});
  for (const e of container.env ?? []) {
    const value = e.valueFrom?.secretKeyRef ? secret(e.valueFrom.secretKeyRef.key) : e.value;
    if (value !== undefined) env[e.name] = value;
  }
  return env;
}
