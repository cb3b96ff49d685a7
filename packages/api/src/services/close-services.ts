import type { Services } from './services';

/**
 * What a stopping portal closes after its last request is answered: the Postgres pool (its appends have
 * committed by then: each request waited for its group commit) and, in scaled mode, the CQL client. The Kafka
 * client holds no connection between health checks.
 */
export async function closeServices(s: Services): Promise<void> {
  await Promise.all([s.pool.end(), s.health.cql?.shutdown()]);
}
