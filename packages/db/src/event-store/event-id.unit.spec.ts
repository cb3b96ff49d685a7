import { describe, expect, it } from 'vitest';
import { newEventId } from './event-id';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newEventId', () => {
  it('is a version-7 UUID whose first 48 bits are the time in milliseconds', () => {
    const ms = Date.parse('2026-12-07T14:30:00.123Z');
    const id = newEventId(ms);
    expect(id).toMatch(UUID_V7);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(ms);
  });

  it('sorts a later millisecond after an earlier one, as text and as Postgres orders uuids (bytewise)', () => {
    const ms = Date.parse('2026-12-07T14:30:00.000Z');
    const ids = [ms + 1000, ms, ms + 1, ms + 65_536].map((t) => newEventId(t));
    expect([...ids].sort()).toEqual([ids[1], ids[2], ids[0], ids[3]]);
  });

  it('holds the whole range of 48-bit times and stays unique within one millisecond', () => {
    expect(newEventId(0)).toMatch(/^00000000-0000-7/);
    expect(newEventId(2 ** 48 - 1)).toMatch(/^ffffffff-ffff-7/);
    const same = Array.from({ length: 10_000 }, () => newEventId(1));
    expect(new Set(same).size).toBe(10_000);
    for (const id of same.slice(0, 100)) expect(id).toMatch(UUID_V7);
  });

  it('writes each id\'s own millisecond when calls alternate between two', () => {
    const [a, b] = [Date.parse('2026-12-07T14:30:00.000Z'), Date.parse('2026-12-07T14:30:00.001Z')];
    const ids = [a, b, a, b].map((t) => newEventId(t));
    expect(ids.map((id) => parseInt(id.replace(/-/g, '').slice(0, 12), 16))).toEqual([a, b, a, b]);
  });
});
