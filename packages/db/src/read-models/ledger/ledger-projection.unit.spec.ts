import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../event-store/types';
import { evolveLedgerDoc, type LedgerStreamDoc } from './ledger-projection';

let position = 0;
const stored = (streamId: string, version: number, type: string, data: Record<string, unknown>): StoredEvent => ({
  position: ++position, transactionId: position, eventId: `e-${streamId}-${version}`, streamId, aggregateType: 'wallet', type, version,
  data: { at: '2026-11-22T22:30:00.000Z', ...data }, metadata: {}, timestamp: new Date(0),
});

const wallet = [
  stored('w', 1, 'WalletHoldPlaced', { walletId: 'w', holdId: 'h', amount: 100, reference: 'copay:HP-1:ph-9:rx', pharmacyId: 'ph-9' }),
  stored('w', 2, 'WalletHoldCaptured', { walletId: 'w', holdId: 'h', amount: 60, released: 40, balanceAfter: 0 }),
];

const fold = (events: StoredEvent[]) => events.reduce<LedgerStreamDoc | null>((d, e) => evolveLedgerDoc(d, e), null);

describe('ledger projection', () => {
  it('delivers every event twice and posts each once', () => {
    const once = fold(wallet);
    const twice = fold(wallet.flatMap((e) => [e, e]));
    expect(twice).toEqual(once);
    expect(once?.entries.map((e) => [e.eventId, e.leg, e.account, e.debit, e.credit])).toEqual([
      ['e-w-2', 0, 'wallet:w', 60, 0],
      ['e-w-2', 1, 'pharmacy-payable:ph-9', 0, 60],
    ]);
  });

  it('keeps the facts later postings need, and forgets a hold once it is captured', () => {
    expect(fold(wallet.slice(0, 1))?.context.holds).toEqual({ h: 'ph-9' });
    expect(fold(wallet)?.context.holds).toEqual({});
  });

  it('dates an entry by its Cairo day (22:30 UTC in November is the next day in Cairo)', () => {
    expect(fold(wallet)?.entries[0]?.day).toBe('2026-11-23');
  });

  it('reads an event\'s metadata only for a rule that needs it (a staff wallet move), not for every event', () => {
    const reads: string[] = [];
    const watched = (e: StoredEvent): StoredEvent => Object.defineProperty({ ...e }, 'metadata', {
      get: () => { reads.push(e.type); return { operation: 'wallet.credit' }; },
    });
    const doc = fold([...wallet, stored('w', 3, 'WalletCredited', { walletId: 'w', amount: 5, reference: 'manual' })].map(watched));
    expect(reads).toEqual(['WalletCredited']);
    expect(doc?.entries.at(-1)).toMatchObject({ eventId: 'e-w-3', account: 'wallet:w', debit: 0, credit: 5 });
  });
});
