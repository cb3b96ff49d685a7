import { readModels, type EventStore, type Pool, type StoredEvent } from '@healthpay/db';
import { eventTopics, topicFor } from '@healthpay/db/pipeline';
import {
  documentEventTypes, insurerInvoiceEventTypes, medCardEventTypes, paymentEventTypes, settlementEventTypes, walletEventTypes, type FeeScheduleEvent,
  type PharmacyEventType, type PharmacyLicenceEvent, type UnmatchedNotificationEvent,
} from '@healthpay/domain';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyToPostgres } from './pg-apply';

/** A list that names every member of the union T (a compile error otherwise). */
const every = <T extends string>() => <L extends readonly T[]>(list: L & ([Exclude<T, L[number]>] extends [never] ? unknown : { missing: Exclude<T, L[number]> })) => list;

/** The event types each aggregate type (`events.aggregate_type`, the Kafka topic) carries. */
const eventsByAggregate: Record<string, readonly string[]> = {
  wallet: walletEventTypes,
  medcard: medCardEventTypes,
  payment: [...paymentEventTypes, ...every<UnmatchedNotificationEvent['type']>()(['PaymentNotificationUnmatched'])],
  pharmacy: every<PharmacyEventType>()([
    'PharmacyRegistered', 'PharmacyDetailsChanged', 'PharmacySettlementAccountChanged', 'PharmacyActivated', 'PharmacySuspended', 'PharmacyReinstated', 'PharmacyClosed',
  ]),
  'pharmacy-licence': every<PharmacyLicenceEvent['type']>()(['PharmacyLicenceClaimed']),
  document: documentEventTypes,
  'insurer-invoice': insurerInvoiceEventTypes,
  settlement: settlementEventTypes,
  'fee-schedule': every<FeeScheduleEvent['type']>()(['FeeScheduleSet']),
};

/** A pool whose every query answers no rows: nothing is projected yet, so each event is applied. */
const emptyPool = { connect: async () => ({ query: async () => ({ rows: [] }), release: () => {} }) } as unknown as Pool;
const noStore = { readStream: async () => [] } as unknown as EventStore;

const eventOf = (aggregateType: string, type: string): StoredEvent => ({
  eventId: '00000000-0000-4000-8000-000000000001', type, version: 1, streamId: `${aggregateType}:1`, aggregateType, position: 1, transactionId: 1,
  data: {}, metadata: {}, timestamp: new Date(0),
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('scaled mode applies every read model embedded mode applies', () => {
  it('knows the aggregate type of every event type a read model handles', () => {
    const known = new Set(Object.values(eventsByAggregate).flat());
    expect(readModels.flatMap((p) => p.canHandle.filter((t) => !known.has(t)).map((t) => `${p.name}: ${t}`))).toEqual([]);
  });

  it('publishes every aggregate type to a topic the consumer subscribes to', () => {
    const topics = eventTopics('p');
    expect(Object.keys(eventsByAggregate).filter((type) => !topics.includes(topicFor(type, 'p')))).toEqual([]);
  });

  it.each(Object.entries(eventsByAggregate))('applies %s events to every read model that handles them', async (aggregateType, types) => {
    // The read models' own I/O and folding are theirs to test: here only whether pg-apply hands them the event.
    const loads = readModels.map((p) => {
      // Keyed by stream, as the wallet projection is: its documents come from the rows the version check read.
      vi.spyOn(p, 'keyOf').mockImplementation((e) => e.streamId);
      vi.spyOn(p, 'evolve').mockReturnValue(null);
      vi.spyOn(p, 'save').mockResolvedValue();
      return vi.spyOn(p, 'load').mockResolvedValue(new Map());
    });
    const missed: string[] = [];
    for (const type of types) {
      for (const load of loads) load.mockClear();
      await applyToPostgres(emptyPool, noStore, [eventOf(aggregateType, type)]);
      readModels.forEach((p, i) => {
        if (p.canHandle.includes(type) && loads[i]?.mock.calls.length !== 1) missed.push(`${p.name} ← ${type}`);
      });
    }
    expect(missed).toEqual([]);
  });
});
