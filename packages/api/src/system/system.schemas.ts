import { z } from 'zod';

const num = z.number().finite().nullable();

/** What the staff System page shows: one snapshot, read from Prometheus or from the processes themselves. */
export const systemStatusOutput = z.object({
  /** Where the numbers came from: a configured Prometheus, or (none configured, or unreachable) the processes. */
  source: z.enum(['prometheus', 'processes']),
  /** Set when PROMETHEUS_URL is configured but could not be read (the page then shows the processes' own numbers). */
  prometheusError: z.string().nullable(),
  at: z.date(),
  dependencies: z.array(z.object({ name: z.enum(['postgres', 'kafka', 'scylla']), status: z.enum(['up', 'down']) })),
  providers: z.array(z.object({ name: z.enum(['paymob', 'fawry']), breaker: z.enum(['closed', 'open', 'half-open']) })),
  /** Scraped processes (Prometheus' `up`), or the projector's metrics endpoint when reading the processes. */
  processes: z.array(z.object({ job: z.string(), instance: z.string(), up: z.boolean() })),
  commandsPerSecond: num,
  commandP95Ms: num,
  projections: z.array(z.object({ name: z.string(), lagP95Ms: num, position: num })),
  consumerLag: z.array(z.object({ topic: z.string(), lag: z.number() })),
  relayBacklog: num,
  /** Notifications that were not recorded (bad signature, invalid, error): last hour from Prometheus, since start otherwise. */
  failedPaymentNotifications: z.array(z.object({ provider: z.string(), outcome: z.string(), count: z.number() })),
  alerts: z.array(z.object({
    name: z.string(),
    state: z.enum(['pending', 'firing']),
    severity: z.string().nullable(),
    summary: z.string().nullable(),
    since: z.date().nullable(),
  })),
});

export type SystemStatus = z.infer<typeof systemStatusOutput>;
/** The metric part of a snapshot (health comes from the dependency checks). */
export type SystemMetrics = Omit<SystemStatus, 'source' | 'prometheusError' | 'at' | 'dependencies' | 'providers'>;
