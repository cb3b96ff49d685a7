import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../event-store/types';
import type { PoolClient } from '../postgres/pool';
import { lockShared } from './shared-locks';
import type { DocumentProjection, SharedLocks } from './types';

const taken: string[] = [];
const locks = (name: string): SharedLocks => ({ whole: async () => { taken.push(name); } });
const cards = locks('cards');
const other = locks('other');
const projection = (canHandle: string[], shared?: SharedLocks): DocumentProjection<unknown> => ({
  name: canHandle.join(), canHandle, keyOf: () => '', evolve: (d) => d, load: async () => new Map(), save: async () => {}, ...(shared && { locks: shared }),
});
const claims = projection(['Claimed'], cards);
const holds = projection(['Captured'], cards);
const plain = projection(['Moved']);
const alone = projection(['Moved'], other);
const events = (...types: string[]) => types.map((type) => ({ type }) as StoredEvent);

describe('lockShared', () => {
  it('takes a lock whole, once, only when two projections with an event in the batch share it', async () => {
    const run = async (projections: DocumentProjection<unknown>[], batch: StoredEvent[]) => {
      taken.length = 0;
      await lockShared({} as PoolClient, projections, batch);
      return [...taken];
    };
    const all = [claims, holds, plain, alone];
    expect(await run(all, events('Claimed', 'Captured', 'Moved', 'Claimed'))).toEqual(['cards']);
    expect(await run(all, events('Claimed', 'Moved'))).toEqual([]);
    expect(await run(all, events('Captured', 'Captured'))).toEqual([]);
    expect(await run([claims, plain], events('Claimed', 'Captured'))).toEqual([]);
  });
});
