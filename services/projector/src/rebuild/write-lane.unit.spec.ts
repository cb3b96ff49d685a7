import { describe, expect, it } from 'vitest';
import { WriteLane } from './write-lane';

describe('WriteLane', () => {
  it('runs writes one after another and reports when they all committed', async () => {
    const lane = new WriteLane();
    const order: string[] = [];
    let release = () => {};
    lane.run(() => new Promise((resolve) => {
      order.push('a started');
      release = () => {
        order.push('a done');
        resolve(true);
      };
    }));
    lane.run(async () => {
      order.push('b started');
      return true;
    });
    expect(lane.queued).toBe(2);
    await Promise.resolve();
    release();
    expect(await lane.outcome).toBe(true);
    expect(order).toEqual(['a started', 'a done', 'b started']);
    expect(lane.queued).toBe(0);
  });

  it('after a failure or a false, later writes do not run and the outcome stays', async () => {
    const failing = new WriteLane();
    let ran = false;
    failing.run(() => Promise.reject(new Error('write failed')));
    failing.run(async () => (ran = true));
    await expect(failing.outcome).rejects.toThrow('write failed');
    expect(ran).toBe(false);

    const moved = new WriteLane();
    moved.run(async () => false);
    moved.run(async () => (ran = true));
    expect(await moved.outcome).toBe(false);
    expect(ran).toBe(false);
    moved.reset();
    expect(await moved.outcome).toBe(true);
  });
});
