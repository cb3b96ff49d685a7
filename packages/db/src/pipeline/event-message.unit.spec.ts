import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../event-store/types';
import { eventMessage, fromEventMessage, toEventMessage, topicFor } from './event-message';

const stored: StoredEvent = {
  eventId: '3f1c2a4e-8b7d-4c1a-9e2f-0a1b2c3d4e5f', type: 'WalletDebited', version: 7, streamId: 'w-1',
  aggregateType: 'wallet', position: 42, transactionId: 1001, data: { amount: 1_250 }, metadata: { actorId: 'u-1' },
  timestamp: new Date('2026-11-22T10:00:00.000Z'),
};

describe('event message', () => {
  it('round-trips a stored event through JSON and validation', () => {
    const wire = JSON.parse(JSON.stringify(toEventMessage(stored)));
    expect(fromEventMessage(eventMessage.parse(wire))).toEqual(stored);
  });

  it('carries national IDs encrypted on the wire, and gives them back in clear to the consumer', () => {
    const issued: StoredEvent = { ...stored, type: 'BeneficiaryAdded', aggregateType: 'medcard',
      data: { cardId: 'c-1', beneficiary: { beneficiaryId: 'b-1', nationalId: '31509300204571' } } };
    const wire = JSON.stringify(toEventMessage(issued));
    expect(wire).not.toMatch(/\d{14}/);
    expect(wire).toMatch(/"nationalId":"v1\./);
    expect(fromEventMessage(eventMessage.parse(JSON.parse(wire)))).toEqual(issued);
  });

  it.each([
    ['a missing version', { version: undefined }],
    ['a fractional version', { version: 1.5 }],
    ['a non-uuid id', { eventId: 'x' }],
    ['data that is not an object', { data: [1] }],
  ])('rejects %s', (_, patch) => {
    expect(eventMessage.safeParse({ ...toEventMessage(stored), ...patch }).success).toBe(false);
  });

  it('names topics by aggregate type', () => {
    expect(topicFor('wallet')).toBe('healthpay.events.wallet');
  });
});
