import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../event-store/types';
import { groupBy } from '../../util/group-by';
import { evolveLedgerDoc, type LedgerEntry, type LedgerStreamDoc } from './ledger-projection';
import { op } from './testing/op';
import { play, WALLETS } from './testing/play';
import { decideClaimReversal } from './testing/world';

/** Projects the feed, every event delivered twice (the second delivery must add nothing). */
function ledgerOf(feed: readonly StoredEvent[]): LedgerEntry[] {
  const docs = new Map<string, LedgerStreamDoc>();
  const entries: LedgerEntry[] = [];
  for (const e of feed.flatMap((x) => [x, x])) {
    const before = docs.get(e.streamId) ?? null;
    const after = evolveLedgerDoc(before ? { ...before, entries: [] } : null, e);
    if (after) {
      docs.set(e.streamId, after);
      entries.push(...after.entries);
    }
  }
  return entries;
}

const balanceOf = (entries: LedgerEntry[], acct: string) => entries.filter((x) => x.account === acct).reduce((s, x) => s + x.credit - x.debit, 0);

describe('ledger properties (random command sequences through the real deciders)', () => {
  it('keeps Σ(all accounts) = 0, every event balanced, and each wallet account equal to its wallet balance', () => {
    fc.assert(fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
      const world = play(ops);
      const entries = ledgerOf(world.feed);
      expect(entries.reduce((s, x) => s + x.debit - x.credit, 0)).toBe(0);
      for (const group of groupBy(entries, (x) => x.eventId).values()) {
        expect(group.reduce((s, x) => s + x.debit, 0)).toBe(group.reduce((s, x) => s + x.credit, 0));
      }
      expect(entries.every((x) => Number.isSafeInteger(x.debit) && Number.isSafeInteger(x.credit) && x.debit >= 0 && x.credit >= 0)).toBe(true);
      for (const id of WALLETS) {
        const state = world.wallet(id);
        expect(balanceOf(entries, `wallet:${id}`)).toBe(state.status === 'none' ? 0 : state.balance);
      }
      expect(balanceOf(entries, 'transfers-in-transit')).toBe(0);
    }), { numRuns: 300, seed: 20261206 });
  });

  it('exercises every kind of money movement (so the property above is not vacuous)', () => {
    const ops = fc.sample(fc.array(op, { minLength: 400, maxLength: 400 }), { numRuns: 1, seed: 7 })[0]!;
    const types = new Set(play(ops).feed.map((e) => e.type));
    const expected = ['PaymentSucceeded', 'PaymentRefundRequested', 'PaymentRefundFailed', 'WalletCredited', 'WalletDebited', 'WalletTransferSent',
      'WalletHoldCaptured', 'WalletHoldVoided', 'PrescriptionClaimApproved', ...(decideClaimReversal ? ['PrescriptionClaimReversed'] : [])];
    expect(expected.filter((t) => !types.has(t))).toEqual([]);
  });
});
