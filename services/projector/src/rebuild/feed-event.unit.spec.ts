import { describe, expect, it } from 'vitest';
import { FeedEvent } from './feed-event';

const row = {
  position: 7, transaction_id: 900, event_id: '0b7f5a52-58a4-4c52-9b1e-3f0c7a2d9e11', aggregate_id: 'w-1', aggregate_type: 'wallet',
  event_type: 'WalletDebited', version: 4, metadata: '{"actorId":"u-admin","operation":"staff.debit"}', timestamp: '2026-12-06 21:04:05.123+00',
};

describe('FeedEvent', () => {
  it('reads as the stored event readFeed gives, metadata and timestamp parsed on first read and kept', () => {
    const e = new FeedEvent(row, { amount: 100 });
    expect({ ...e, metadata: e.metadata, timestamp: e.timestamp }).toMatchObject({
      position: 7, transactionId: 900, eventId: row.event_id, streamId: 'w-1', aggregateType: 'wallet', type: 'WalletDebited', version: 4,
      data: { amount: 100 }, metadata: { actorId: 'u-admin', operation: 'staff.debit' }, timestamp: new Date('2026-12-06T21:04:05.123Z'),
    });
    expect(e.metadata).toBe(e.metadata);
    expect(e.timestamp).toBe(e.timestamp);
  });
});
