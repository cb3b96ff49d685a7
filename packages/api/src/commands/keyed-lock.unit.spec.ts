import { describe, expect, it } from 'vitest';
import { KeyedLock } from './keyed-lock';

const tick = () => new Promise<void>((r) => setImmediate(r));

describe('KeyedLock', () => {
  it('runs holders of the same key one at a time, in arrival order', async () => {
    const lock = new KeyedLock();
    const log: string[] = [];
    const job = (name: string) => lock.with(['a'], async () => {
      log.push(`${name}:start`);
      await tick();
      log.push(`${name}:end`);
    });
    await Promise.all([job('1'), job('2'), job('3')]);
    expect(log).toEqual(['1:start', '1:end', '2:start', '2:end', '3:start', '3:end']);
  });

  it('lets different keys run side by side', async () => {
    const lock = new KeyedLock();
    const log: string[] = [];
    const job = (key: string) => lock.with([key], async () => {
      log.push(`${key}:start`);
      await tick();
      log.push(`${key}:end`);
    });
    await Promise.all([job('a'), job('b')]);
    expect(log).toEqual(['a:start', 'b:start', 'a:end', 'b:end']);
  });

  it('does not deadlock two holders taking the same keys in opposite order', async () => {
    const lock = new KeyedLock();
    const done = await Promise.all([
      lock.with(['x', 'y'], async () => (await tick(), 'xy')),
      lock.with(['y', 'x'], async () => (await tick(), 'yx')),
    ]);
    expect(done).toEqual(['xy', 'yx']);
  });

  it('starts a holder of a free key at once, in the caller\'s turn (no tick spent on an empty queue)', async () => {
    const lock = new KeyedLock();
    let started = false;
    const done = lock.with(['free'], async () => {
      started = true;
    });
    expect(started).toBe(true);
    await done;
  });

  it('releases the key when the holder throws', async () => {
    const lock = new KeyedLock();
    await expect(lock.with(['k'], async () => { throw new Error('boom'); })).rejects.toThrow('boom');
    expect(await lock.with(['k'], async () => 'after')).toBe('after');
  });
});
