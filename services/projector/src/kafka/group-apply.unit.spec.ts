import type { StoredEvent } from '@healthpay/db';
import { describe, expect, it } from 'vitest';
import { groupApplier } from './group-apply';

const ev = (streamId: string, version: number) => ({ streamId, version }) as StoredEvent;

/** An apply whose transactions finish only when the spec says so. */
function controlledApply() {
  const calls: { events: StoredEvent[]; finish: (filled: number) => void; fail: (e: Error) => void }[] = [];
  const apply = (events: StoredEvent[]) => new Promise<number>((finish, fail) => calls.push({ events, finish, fail }));
  return { calls, apply };
}

describe('groupApplier: partition batches share a Postgres transaction', () => {
  it('a batch arriving while a transaction runs waits for the next one, with every other batch that arrived meanwhile', async () => {
    const { calls, apply } = controlledApply();
    const toPostgres = groupApplier(apply);
    const first = toPostgres([ev('w-1', 1)]);
    const second = toPostgres([ev('w-2', 1)]);
    const third = toPostgres([ev('w-3', 1), ev('w-3', 2)]);
    expect(calls.map((c) => c.events.map((e) => e.streamId))).toEqual([['w-1']]);
    calls[0]?.finish(0);
    expect(await first).toBe(0);
    await Promise.resolve();
    expect(calls[1]?.events).toEqual([ev('w-2', 1), ev('w-3', 1), ev('w-3', 2)]);
    calls[1]?.finish(2);
    // The gap count is the transaction's, reported once.
    expect([await second, await third]).toEqual([2, 0]);
  });

  it('a failed transaction fails every batch in it, and the next batch gets a transaction of its own', async () => {
    const { calls, apply } = controlledApply();
    const toPostgres = groupApplier(apply);
    const first = toPostgres([ev('w-1', 1)]);
    calls[0]?.fail(new Error('connection lost'));
    await expect(first).rejects.toThrow('connection lost');
    const next = toPostgres([ev('w-1', 1)]);
    expect(calls).toHaveLength(2);
    calls[1]?.finish(0);
    expect(await next).toBe(0);
  });
});
