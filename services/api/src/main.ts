/**
 * The API service for machine clients (and any portal that forwards to it):
 * `tsx services/api/src/main.ts`, one worker per core (HP_API_WORKERS) sharing HP_API_PORT through node:cluster.
 * Every worker has its own services and pool; the event store is safe across processes (expected versions).
 */
import cluster from 'node:cluster';
import { defaultServices } from '@healthpay/api';
import { serveMetrics } from '@healthpay/config/metrics';
import { shutdownOnSignals } from '@healthpay/config/lifecycle';
import { apiEnv } from './api-env';
import { startApiServer } from './api-server';
import { superviseWorkers } from './workers';

const e = apiEnv();

if (cluster.isPrimary && e.HP_API_WORKERS > 1) {
  superviseWorkers(e.HP_API_WORKERS, e.HP_SHUTDOWN_TIMEOUT_MS);
  console.log(`api: ${e.HP_API_WORKERS} workers on http://${e.HP_API_HOST}:${e.HP_API_PORT}`);
} else {
  const { server, requests } = await startApiServer(defaultServices(), {
    port: e.HP_API_PORT, host: e.HP_API_HOST, proxies: e.HP_TRUSTED_PROXIES, metricsToken: e.METRICS_TOKEN,
  });
  // Each process serves its own registry: worker slot n on METRICS_PORT + n.
  if (e.METRICS_PORT) await serveMetrics(e.METRICS_PORT + e.HP_API_WORKER_SLOT, e.METRICS_HOST);
  if (!cluster.worker) console.log(`api ready on http://${e.HP_API_HOST}:${e.HP_API_PORT}`);
  // SIGTERM: readiness 503 and new requests refused, requests in flight answered (their commands committed),
  // then the services' pools closed (registered closers); exit 1 past the deadline.
  shutdownOnSignals({
    deadlineMs: e.HP_SHUTDOWN_TIMEOUT_MS,
    log: (line) => console.log(`[api${cluster.worker ? ` ${cluster.worker.id}` : ''}] ${line}`),
    steps: [['requests in flight answered', () => requests.drain(server)]],
  });
  process.send?.({ ready: true });
}
