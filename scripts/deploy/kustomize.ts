import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { strategicMerge } from './strategic-merge';

/** A rendered Kubernetes object (what `kubectl apply` would receive). */
export type K8sObject = { apiVersion: string; kind: string; metadata: { name: string; namespace?: string; labels?: Record<string, string> } } & Record<string, unknown>;

interface Kustomization {
  namespace?: string;
  resources?: string[];
  labels?: { pairs: Record<string, string>; includeSelectors?: boolean; includeTemplates?: boolean }[];
  images?: { name: string; newName?: string; newTag?: string }[];
  patches?: { path: string }[];
  replicas?: { name: string; count: number }[];
}

// Kinds that live outside namespaces (what `namespace:` must not touch) among those we use.
const CLUSTER_SCOPED = new Set(['Namespace', 'ClusterRole', 'ClusterRoleBinding', 'CustomResourceDefinition', 'ClusterIssuer']);

/**
 * The subset of kustomize (v5) this repository's deploy/k8s uses, so `npm test` renders the overlays without the
 * kustomize binary: resources (files and kustomization folders), namespace, labels, images, replicas and
 * strategic-merge patches (lists of named items merged by name). Anything else in a kustomization is refused,
 * so the renderer never silently ignores what real kustomize would do.
 */
export function kustomize(dir: string): K8sObject[] {
  const file = path.join(dir, 'kustomization.yaml');
  const k = readYaml(file)[0] as Kustomization & Record<string, unknown>;
  const known = ['apiVersion', 'kind', 'namespace', 'resources', 'labels', 'images', 'patches', 'replicas'];
  const unknown = Object.keys(k).filter((key) => !known.includes(key));
  if (unknown.length) throw new Error(`${file}: unsupported by scripts/deploy/kustomize.ts: ${unknown.join(', ')}`);

  let objects: K8sObject[] = [];
  for (const r of k.resources ?? []) {
    const p = path.join(dir, r);
    if (!existsSync(p)) throw new Error(`${file}: resource ${r} does not exist`);
    objects.push(...(statSync(p).isDirectory() ? kustomize(p) : (readYaml(p) as K8sObject[])));
  }
  for (const patch of k.patches ?? []) {
    for (const doc of readYaml(path.join(dir, patch.path)) as K8sObject[]) {
      const i = objects.findIndex((o) => o.kind === doc.kind && o.metadata.name === doc.metadata.name);
      if (i === -1) throw new Error(`${patch.path}: no ${doc.kind}/${doc.metadata.name} to patch`);
      objects[i] = strategicMerge(objects[i], doc) as K8sObject;
    }
  }
  for (const r of k.replicas ?? []) {
    const target = objects.find((o) => o.kind === 'Deployment' && o.metadata.name === r.name);
    if (!target) throw new Error(`${file}: replicas for unknown Deployment ${r.name}`);
    (target.spec as Record<string, unknown>).replicas = r.count;
  }
  objects = objects.map((o) => withLabels(o, k.labels ?? []));
  objects.forEach((o) => setImages(o, k.images ?? []));
  if (k.namespace) for (const o of objects) if (!CLUSTER_SCOPED.has(o.kind)) o.metadata.namespace = k.namespace;
  const ids = objects.map((o) => `${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`);
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup) throw new Error(`${file}: ${dup} is defined twice`);
  return objects;
}

function readYaml(file: string): unknown[] {
  return parseAllDocuments(readFileSync(file, 'utf8'))
    .map((d) => {
      if (d.errors.length) throw new Error(`${file}: ${d.errors[0]?.message}`);
      return d.toJS() as unknown;
    })
    .filter((d) => d !== null);
}

function withLabels(o: K8sObject, labels: NonNullable<Kustomization['labels']>): K8sObject {
  const copy = structuredClone(o);
  for (const l of labels) {
    copy.metadata.labels = { ...copy.metadata.labels, ...l.pairs };
    const spec = copy.spec as { selector?: { matchLabels?: Record<string, string> }; template?: { metadata?: { labels?: Record<string, string> } } } | undefined;
    if (l.includeSelectors) throw new Error('labels.includeSelectors is not supported (selectors are immutable: keep them explicit)');
    if (l.includeTemplates && spec?.template) spec.template.metadata = { ...spec.template.metadata, labels: { ...spec.template.metadata?.labels, ...l.pairs } };
  }
  return copy;
}

function setImages(o: K8sObject, images: NonNullable<Kustomization['images']>): void {
  const pod = (o.spec as { template?: { spec?: { containers?: { image?: string }[]; initContainers?: { image?: string }[] } } } | undefined)?.template?.spec;
  for (const c of [...(pod?.containers ?? []), ...(pod?.initContainers ?? [])]) {
    const [name, tag] = splitImage(c.image ?? '');
    const rule = images.find((i) => i.name === name);
    if (rule) c.image = `${rule.newName ?? name}:${rule.newTag ?? tag ?? 'latest'}`;
  }
}

function splitImage(image: string): [string, string | undefined] {
  const at = image.lastIndexOf(':');
  return at > image.lastIndexOf('/') ? [image.slice(0, at), image.slice(at + 1)] : [image, undefined];
}
