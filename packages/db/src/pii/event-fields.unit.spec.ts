import { describe, expect, it } from 'vitest';
import { isSealed, parsePiiKeys } from './cipher';
import { openEventData, sealedEventJson } from './event-fields';

const ring = parsePiiKeys(`k1:${Buffer.alloc(32, 1).toString('base64')}`);
const ID = '28503140101235';

describe('an event data as stored (sealedEventJson)', () => {
  it('is the JSON text itself when no key names a PII field, whatever the values say', () => {
    const claim = { cardId: 'HP-1000000172', claim: { lines: [{ drugCode: 'D-1', drugName: '"nationalId":' }] }, note: `nationalId ${ID}`, at: '2026-12-07T00:00:00.000Z' };
    for (const data of [claim, { nationalIds: [ID] }, [], { a: null }]) expect(sealedEventJson(ring, data)).toBe(JSON.stringify(data));
  });

  it('seals every PII field wherever it sits, and opens back to the data', () => {
    const data = { cardId: 'HP-1000000172', self: { nationalId: ID, name: 'Ahmed' }, members: [{ beneficiary: { nationalId: '29001010101017' } }] };
    const text = sealedEventJson(ring, data);
    const stored = JSON.parse(text) as typeof data;
    expect(text).not.toContain(ID);
    expect(isSealed(stored.self.nationalId) && isSealed(stored.members[0]!.beneficiary.nationalId)).toBe(true);
    expect(openEventData(ring, stored)).toEqual(data);
  });
});
