import cassandra from 'cassandra-driver';
import { HOST } from './common.js';

/**
 * Ready = `SELECT release_version FROM system.local` answers (returns the version, else null). The CQL port
 * opens only at the very end of startup, but a query proves the node really serves.
 */
export async function cqlReady(port: number, timeoutMs = 3000): Promise<string | null> {
  const client = new cassandra.Client({
    contactPoints: [`${HOST}:${port}`],
    localDataCenter: 'datacenter1',
    socketOptions: { connectTimeout: timeoutMs, readTimeout: timeoutMs },
    policies: { reconnection: new cassandra.policies.reconnection.ConstantReconnectionPolicy(60_000) },
  });
  try {
    await client.connect();
    const rs = await client.execute('SELECT release_version FROM system.local');
    const version: unknown = rs.first()?.get('release_version');
    return typeof version === 'string' ? version : null;
  } catch {
    return null;
  } finally {
    await client.shutdown().catch(() => undefined);
  }
}
