import { availableParallelism } from 'node:os';
import { env, type Env } from '@healthpay/config';
import { z } from 'zod';

const schema = z.object({
  /** Port of the API service (tRPC at /api/trpc, REST at /api/v1, /health…). */
  HP_API_PORT: z.coerce.number().int().min(1).max(65535).default(3004),
  /** Interface it listens on; HP_HOST when unset. */
  HP_API_HOST: z.string().min(1).optional(),
  /** Worker processes (node:cluster): one per core by default. 1 serves from the primary alone. */
  HP_API_WORKERS: z.coerce.number().int().min(1).max(256).optional(),
  /** Set by the primary for each worker it forks (0…HP_API_WORKERS-1): worker n serves metrics on METRICS_PORT + n. */
  HP_API_WORKER_SLOT: z.coerce.number().int().min(0).max(255).default(0),
});

export type ApiEnv = Env & { HP_API_PORT: number; HP_API_HOST: string; HP_API_WORKERS: number; HP_API_WORKER_SLOT: number };

/** The shared HealthPay env plus this service's own settings, validated once (a bad value stops the start). */
export function apiEnv(raw: NodeJS.ProcessEnv = process.env): ApiEnv {
  const own = schema.safeParse(raw);
  if (!own.success) {
    throw new Error(`Invalid API service configuration:\n${own.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  }
  const e = env();
  return {
    ...e,
    HP_API_PORT: own.data.HP_API_PORT,
    HP_API_HOST: own.data.HP_API_HOST ?? e.HP_HOST,
    HP_API_WORKERS: own.data.HP_API_WORKERS ?? availableParallelism(),
    HP_API_WORKER_SLOT: own.data.HP_API_WORKER_SLOT,
  };
}
