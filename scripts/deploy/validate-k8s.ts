import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { PersistentVolumeClaim } from 'kubernetes-models/v1/PersistentVolumeClaim';
import { Service } from 'kubernetes-models/v1/Service';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { Job } from 'kubernetes-models/batch/v1/Job';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import { z } from 'zod';
import type { K8sObject } from './kustomize';

type Validator = (o: K8sObject) => void;
const model = (M: new (data: never) => { validate(): void }): Validator => (o) => new M(o as never).validate();

/**
 * Prometheus Operator's CRDs are not in kubernetes-models: checked against the fields of their published CRDs
 * (monitoring.coreos.com/v1) that we use, strictly, so a misspelt field fails. `@kubernetes-models/prometheus-operator`
 * would replace these two schemas (not installed here).
 */
const meta = z.object({ name: z.string().regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/), namespace: z.string().optional(), labels: z.record(z.string(), z.string()).optional() }).strict();
const duration = z.string().regex(/^(\d+(ms|s|m|h|d|w|y))+$/);
const serviceMonitor = z.object({
  apiVersion: z.literal('monitoring.coreos.com/v1'), kind: z.literal('ServiceMonitor'), metadata: meta,
  spec: z.object({
    jobLabel: z.string().min(1).optional(),
    selector: z.object({ matchLabels: z.record(z.string(), z.string()) }).strict(),
    namespaceSelector: z.object({ matchNames: z.array(z.string()) }).strict().optional(),
    endpoints: z.array(z.object({ port: z.string(), path: z.string().startsWith('/').optional(), interval: duration.optional(), scrapeTimeout: duration.optional(), scheme: z.enum(['http', 'https']).optional() }).strict()).min(1),
  }).strict(),
}).strict();
const rule = z.union([
  z.object({ alert: z.string().min(1), expr: z.union([z.string().min(1), z.number()]), for: duration.optional(), keep_firing_for: duration.optional(), labels: z.record(z.string(), z.string()).optional(), annotations: z.record(z.string(), z.string()).optional() }).strict(),
  z.object({ record: z.string().min(1), expr: z.union([z.string().min(1), z.number()]), labels: z.record(z.string(), z.string()).optional() }).strict(),
]);
const prometheusRule = z.object({
  apiVersion: z.literal('monitoring.coreos.com/v1'), kind: z.literal('PrometheusRule'), metadata: meta,
  spec: z.object({ groups: z.array(z.object({ name: z.string().min(1), interval: duration.optional(), limit: z.number().int().optional(), rules: z.array(rule) }).strict()) }).strict(),
}).strict();

const VALIDATORS: Record<string, Validator> = {
  'v1/ConfigMap': model(ConfigMap),
  'v1/Service': model(Service),
  'v1/PersistentVolumeClaim': model(PersistentVolumeClaim),
  'apps/v1/Deployment': model(Deployment),
  'batch/v1/Job': model(Job),
  'autoscaling/v2/HorizontalPodAutoscaler': model(HorizontalPodAutoscaler),
  'policy/v1/PodDisruptionBudget': model(PodDisruptionBudget),
  'networking.k8s.io/v1/Ingress': model(Ingress),
  'networking.k8s.io/v1/NetworkPolicy': model(NetworkPolicy),
  'monitoring.coreos.com/v1/ServiceMonitor': (o) => void serviceMonitor.parse(o),
  'monitoring.coreos.com/v1/PrometheusRule': (o) => void prometheusRule.parse(o),
};

/** Schema errors of one rendered object ([] when valid); an apiVersion/kind we have no schema for is an error too. */
export function schemaErrors(o: K8sObject): string[] {
  const id = `${o.kind}/${o.metadata?.name ?? (o.metadata as { generateName?: string } | undefined)?.generateName}`;
  const validate = VALIDATORS[`${o.apiVersion}/${o.kind}`];
  if (!validate) return [`${id}: no schema for ${o.apiVersion} ${o.kind}`];
  try {
    validate(o);
    return [];
  } catch (error) {
    return [`${id}: ${error instanceof Error ? error.message : String(error)}`];
  }
}
