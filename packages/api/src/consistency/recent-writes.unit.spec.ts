import { describe, expect, it } from 'vitest';
import { RecentWrites, type ProjectedWait, type Written } from './recent-writes';

/** A projector the spec moves by hand: each `until` call is recorded and resolved when the spec says. */
function manualProjector() {
  const calls: { writes: readonly Written[]; timeoutMs: number; done: () => void }[] = [];
  const wait: ProjectedWait = {
    until: (writes, timeoutMs) => new Promise<void>((resolve) => calls.push({ writes, timeoutMs, done: resolve })),
  };
  return { wait, calls };
}

const append = (streamId: string, expectedVersion: number, events = 1) => ({ streamId, aggregateType: 'pharmacy', expectedVersion, events: Array.from({ length: events }) });
const settled = async (p: Promise<void> | undefined) => {
  let done = false;
  void p?.then(() => (done = true));
  await new Promise((resolve) => setImmediate(resolve));
  return done;
};

describe('recent writes', () => {
  it('makes only the writer wait, for the versions its appends left, within the bound', async () => {
    const { wait, calls } = manualProjector();
    const recent = new RecentWrites(wait, 500);
    recent.wrote('u-admin', [append('ph-1', 2), append('lic-1', 0)]);
    expect(recent.seen('u-support')).toBeUndefined();
    const mine = recent.seen('u-admin');
    expect(calls.map((c) => [c.writes, c.timeoutMs])).toEqual([[[
      { streamId: 'ph-1', aggregateType: 'pharmacy', version: 3 },
      { streamId: 'lic-1', aggregateType: 'pharmacy', version: 1 },
    ], 500]]);
    expect(await settled(mine)).toBe(false);
    calls[0]?.done();
    expect(await settled(mine)).toBe(true);
    expect(recent.seen('u-admin')).toBeUndefined();
  });

  it('lets concurrent reads share one wait', () => {
    const { wait, calls } = manualProjector();
    const recent = new RecentWrites(wait);
    recent.wrote('u-admin', [append('ph-1', 0, 2)]);
    expect(recent.seen('u-admin')).toBe(recent.seen('u-admin'));
    expect(calls).toHaveLength(1);
  });

  it('a write during a wait: the next read waits for both', async () => {
    const { wait, calls } = manualProjector();
    const recent = new RecentWrites(wait);
    recent.wrote('u-admin', [append('ph-1', 0)]);
    const first = recent.seen('u-admin');
    recent.wrote('u-admin', [append('ph-2', 4)]);
    const second = recent.seen('u-admin');
    expect(calls.map((c) => c.writes.map((w) => w.streamId))).toEqual([['ph-1'], ['ph-2']]);
    calls[1]?.done();
    expect(await settled(second)).toBe(false);
    calls[0]?.done();
    expect([await settled(first), await settled(second)]).toEqual([true, true]);
    expect(recent.seen('u-admin')).toBeUndefined();
  });

  it('answers anyway when the wait fails', async () => {
    const recent = new RecentWrites({ until: () => Promise.reject(new Error('database gone')) });
    recent.wrote('u-admin', [append('ph-1', 0)]);
    await expect(recent.seen('u-admin')).resolves.toBeUndefined();
    expect(recent.seen('u-admin')).toBeUndefined();
  });
});
