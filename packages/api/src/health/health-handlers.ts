import { isDraining } from '@healthpay/config/lifecycle';
import { defaultServices } from '../services/services';
import { checkHealth } from './health';

const json = (body: unknown, status: number) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', 'cache-control': 'no-store' } });

/** GET /health: every dependency the mode uses; 503 when any is down. */
export async function healthHandler(): Promise<Response> {
  const report = await checkHealth(defaultServices().health);
  return json(report, report.status === 'up' ? 200 : 503);
}

/** GET /api/health/liveness: the process answers (no dependency checks: restarting would not fix them). */
export async function livenessHandler(): Promise<Response> {
  return json({ status: 'up' }, 200);
}

/** GET /api/health/readiness: ready for traffic when its dependencies are, and not shutting down (SIGTERM). */
export async function readinessHandler(): Promise<Response> {
  return isDraining() ? json({ status: 'draining' }, 503) : healthHandler();
}
