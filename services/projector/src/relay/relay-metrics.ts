import type { Env } from '@healthpay/config';
import { metrics, serveMetrics } from '@healthpay/config/metrics';
import type { Pool } from '@healthpay/db';
import { summaryRoutes } from '../metrics-server';
import type { StageTimes } from '../stage-times';
import { feedBacklog } from './backlog';
import { RELAY_CHECKPOINT } from './relay';

const EVERY_MS = 5_000;

/**
 * The relay's /metrics (METRICS_PORT, loopback) and its backlog, counted on a timer: what is committed but not
 * yet on Kafka. Without METRICS_PORT the backlog is still kept (nothing serves it).
 */
export async function startRelayMetrics(pool: Pool, e: Pick<Env, 'METRICS_PORT' | 'METRICS_HOST'>, stages?: StageTimes): Promise<{ stop(): Promise<void> }> {
  const server = e.METRICS_PORT ? await serveMetrics(e.METRICS_PORT, e.METRICS_HOST, stages ? summaryRoutes([stages]) : undefined) : null;
  const measure = () => feedBacklog(pool, RELAY_CHECKPOINT).then((n) => metrics().relayBacklog.set(n), () => {});
  void measure();
  const timer = setInterval(() => void measure(), EVERY_MS);
  return {
    async stop() {
      clearInterval(timer);
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    },
  };
}
