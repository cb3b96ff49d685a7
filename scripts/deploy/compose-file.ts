import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { ROOT } from './prometheus-rule';

/** docker-compose.yml, parsed with its `<<` merge keys applied, as far as the deploy specs read it. */
export const ComposeService = z.object({
  image: z.string().optional(),
  build: z.union([z.string(), z.object({ context: z.string(), target: z.string().optional() })]).optional(),
  command: z.array(z.string()).optional(),
  environment: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  volumes: z.array(z.string()).optional(),
  ports: z.array(z.string()).optional(),
});
export type ComposeService = z.infer<typeof ComposeService>;

export const compose = z
  .object({ services: z.record(z.string(), ComposeService), volumes: z.record(z.string(), z.unknown().nullable()).optional() })
  .parse(parse(readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }));

export const composeService = (name: string): ComposeService => {
  const s = compose.services[name];
  if (!s) throw new Error(`docker-compose.yml has no ${name} service`);
  return s;
};
