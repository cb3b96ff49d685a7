import { describe, expect, it } from 'vitest';
import type { SessionUserRow } from '../users/queries';
import { ActorCache } from './actor-cache';

const row = (id: string, role: SessionUserRow['role'] = 'patient', sessionRevoked = false): SessionUserRow => ({
  id, role, pharmacyId: null, pharmacyRole: null, sessionsValidAfter: null, deactivatedAt: null, sessionRevoked,
});

/** A cache over an in-memory "database" whose reads can be held open, and a change source switched by hand. */
function setup() {
  const db = new Map<string, SessionUserRow['role']>([['u-1', 'patient'], ['u-2', 'support']]);
  const revoked = new Set<string>();
  let hold: Promise<void> | null = null;
  let clock = 0;
  const source = { up: false, starts: 0, start() { this.starts++; } };
  const cache = new ActorCache(async (id, sid) => {
    const role = db.get(id);
    const answer = role ? row(id, role, sid !== null && revoked.has(sid)) : null;
    await hold;
    return answer;
  }, { ttlMs: 1_000, maxEntries: 2, now: () => clock });
  cache.attach(source);
  const goUp = () => {
    source.up = true;
    cache.connection(true);
  };
  return {
    db, revoked, cache, source, goUp,
    tick: (ms: number) => void (clock += ms),
    holdReads() {
      let release!: () => void;
      hold = new Promise((r) => (release = r));
      return () => {
        hold = null;
        release();
      };
    },
  };
}

describe('actor cache', () => {
  it('reads the database every time while changes are not heard', async () => {
    const t = setup();
    await t.cache.sessionUser('u-1', null);
    await t.cache.sessionUser('u-1', null);
    expect(t.cache.loads).toBe(2);
    expect(t.source.starts).toBe(2);
  });

  it('keeps a user and a session once heard, and forgets exactly what a change names', async () => {
    const t = setup();
    t.goUp();
    expect(await t.cache.sessionUser('u-1', 'sid-a')).toEqual(row('u-1'));
    expect(await t.cache.sessionUser('u-1', 'sid-a')).toEqual(row('u-1'));
    expect(t.cache.loads).toBe(1);
    t.revoked.add('sid-a');
    t.cache.changed('s:sid-a');
    expect(await t.cache.sessionUser('u-1', 'sid-a')).toEqual(row('u-1', 'patient', true));
    expect(t.cache.loads).toBe(2);
    t.db.set('u-1', 'pharmacist');
    t.cache.changed('u:u-1');
    expect(await t.cache.sessionUser('u-1', 'sid-a')).toMatchObject({ role: 'pharmacist', sessionRevoked: true });
    expect(t.cache.loads).toBe(3);
    t.db.set('u-1', 'patient');
    t.cache.changed('*');
    expect(await t.cache.sessionUser('u-1', null)).toMatchObject({ role: 'patient' });
  });

  it('answers a hit with every field of the row as read, in a copy of its own each time', async () => {
    const at = new Date('2026-12-07T10:00:00Z');
    const stored: SessionUserRow = { id: 'u-9', role: 'pharmacist', pharmacyId: 'ph-1', pharmacyRole: 'manager', sessionsValidAfter: at, deactivatedAt: null, sessionRevoked: false };
    const cache = new ActorCache(async () => ({ ...stored }));
    cache.attach({ up: true, start() {} });
    expect(await cache.sessionUser('u-9', null)).toStrictEqual(stored);
    const hit = await cache.sessionUser('u-9', null);
    expect(hit).toStrictEqual(stored);
    (hit as { role: string }).role = 'patient';
    expect(await cache.sessionUser('u-9', null)).toStrictEqual(stored);
    expect(cache.loads).toBe(1);
  });

  it('does not keep a row read while a change to it was applied (the read may predate the change)', async () => {
    const t = setup();
    t.goUp();
    const release = t.holdReads();
    const reading = t.cache.sessionUser('u-1', null);
    t.db.set('u-1', 'finance');
    t.cache.changed('u:u-1');
    release();
    expect(await reading).toMatchObject({ role: 'patient' });
    expect(await t.cache.sessionUser('u-1', null)).toMatchObject({ role: 'finance' });
    await t.cache.sessionUser('u-1', null);
    expect(t.cache.loads).toBe(2);
  });

  it('forgets everything when hearing stops, and keeps nothing read across a loss and return', async () => {
    const t = setup();
    t.goUp();
    await t.cache.sessionUser('u-1', null);
    const release = t.holdReads();
    const reading = t.cache.sessionUser('u-2', null);
    t.source.up = false;
    t.cache.connection(false);
    t.goUp();
    release();
    await reading;
    await t.cache.sessionUser('u-1', null);
    await t.cache.sessionUser('u-2', null);
    expect(t.cache.loads).toBe(4);
    await t.cache.sessionUser('u-2', null);
    expect(t.cache.loads).toBe(4);
  });

  it('reads again after the TTL, and holds at most maxEntries users', async () => {
    const t = setup();
    t.goUp();
    await t.cache.sessionUser('u-1', null);
    t.tick(999);
    await t.cache.sessionUser('u-1', null);
    expect(t.cache.loads).toBe(1);
    t.tick(1);
    await t.cache.sessionUser('u-1', null);
    expect(t.cache.loads).toBe(2);
    t.db.set('u-3', 'finance');
    await t.cache.sessionUser('u-2', null);
    await t.cache.sessionUser('u-3', null);
    await t.cache.sessionUser('u-1', null);
    expect(t.cache.loads).toBe(5);
  });

  it('never keeps an unknown user', async () => {
    const t = setup();
    t.goUp();
    expect(await t.cache.sessionUser('u-9', null)).toBeNull();
    t.db.set('u-9', 'patient');
    expect(await t.cache.sessionUser('u-9', null)).toMatchObject({ id: 'u-9' });
  });

  it('nextChange resolves on the change it names (or everything), not on another', async () => {
    const t = setup();
    const seen: string[] = [];
    const a = t.cache.nextChange({ userId: 'u-1' }).then(() => seen.push('u-1'));
    const b = t.cache.nextChange({ sid: 'sid-x' }).then(() => seen.push('sid-x'));
    t.cache.changed('u:u-2');
    t.cache.changed('u:u-1');
    await a;
    expect(seen).toEqual(['u-1']);
    t.cache.changed('*');
    await b;
    expect(seen).toEqual(['u-1', 'sid-x']);
  });
});
