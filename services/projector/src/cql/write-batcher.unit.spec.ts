import type { Client } from 'cassandra-driver';
import { describe, expect, it } from 'vitest';
import { CqlWriteBatcher } from './write-batcher';

interface Call { kind: 'execute' | 'batch'; queries: unknown[]; options: Record<string, unknown> }

/** A stand-in driver: records requests; `fail` makes every request reject; `replicas` maps keys to hosts. */
function fakeClient(o: { hosts?: number; replicas?: Record<string, string>; fail?: boolean } = {}) {
  const calls: Call[] = [];
  const answer = () => (o.fail ? Promise.reject(new Error('write timeout')) : Promise.resolve({}));
  const client = {
    hosts: { length: o.hosts ?? 1 },
    execute: (query: string, params: unknown[], options: Record<string, unknown>) => {
      calls.push({ kind: 'execute', queries: [{ query, params }], options });
      return answer();
    },
    batch: (queries: unknown[], options: Record<string, unknown>) => {
      calls.push({ kind: 'batch', queries, options });
      return answer();
    },
    getReplicas: (_ks: string, key: Buffer) => [{ address: o.replicas?.[key.toString()] ?? 'h0' }],
  };
  return { client: client as unknown as Client, calls };
}

const w = (key: string) => ({ query: 'UPDATE ks.t USING TIMESTAMP ? SET v = ? WHERE k = ?', params: [1, 2, key], partitionKey: key });

describe('CQL write batcher', () => {
  it('sends the writes of one turn as one unlogged batch, routed by the first partition key', async () => {
    const { client, calls } = fakeClient();
    const b = new CqlWriteBatcher(client, 'ks');
    await Promise.all(['a', 'b', 'c'].map((k) => b.write(w(k))));
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ kind: 'batch', options: { logged: false, prepare: true, routingKey: Buffer.from('a') } });
    expect(calls[0]?.queries).toHaveLength(3);
  });

  it('sends a lone write as a plain prepared statement', async () => {
    const { client, calls } = fakeClient();
    await new CqlWriteBatcher(client, 'ks').write(w('a'));
    expect(calls).toMatchObject([{ kind: 'execute', options: { prepare: true } }]);
  });

  it('splits at the statement limit and starts a new batch in a later turn', async () => {
    const { client, calls } = fakeClient();
    const b = new CqlWriteBatcher(client, 'ks', 2);
    await Promise.all(['a', 'b', 'c', 'd', 'e'].map((k) => b.write(w(k))));
    await b.write(w('f'));
    expect(calls.map((c) => c.queries.length)).toEqual([2, 2, 1, 1]);
  });

  it('groups by replica when the cluster has several nodes', async () => {
    const { client, calls } = fakeClient({ hosts: 2, replicas: { a: 'h1', b: 'h2', c: 'h1' } });
    const b = new CqlWriteBatcher(client, 'ks');
    await Promise.all(['a', 'b', 'c'].map((k) => b.write(w(k))));
    expect(calls.map((c) => c.queries.map((q) => (q as { params: string[] }).params[2]))).toEqual([['a', 'c'], ['b']]);
  });

  it('rejects every write of a failed request', async () => {
    const { client } = fakeClient({ fail: true });
    const b = new CqlWriteBatcher(client, 'ks');
    const results = await Promise.allSettled(['a', 'b'].map((k) => b.write(w(k))));
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  });
});
