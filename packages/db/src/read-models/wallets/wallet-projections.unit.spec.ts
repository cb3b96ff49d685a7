import { decideTransfer, walletDecider, type WalletCommand, type WalletEvent, type WalletState } from '@healthpay/domain';
import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../event-store/types';
import { evolveHoldDoc } from './hold-projection';
import { evolveTransactionDoc } from './transaction-projection';
import { evolveWalletDoc } from './wallet-doc';

const W = 'w-1';
const OTHER = 'w-2';
let clock = Date.parse('2026-11-01T08:00:00Z');
const meta = () => ({ now: new Date((clock += 60_000)).toISOString(), actorId: 'u-admin' });

/** A realistic stream for wallet W, produced by the real decider (so the events are ones that can occur). */
function history(): StoredEvent[] {
  let state: WalletState = walletDecider.initialState;
  let other: WalletState = walletDecider.initialState;
  const out: WalletEvent[] = [];
  const run = (c: Omit<WalletCommand, 'meta'>) => {
    const events = walletDecider.decide({ ...c, meta: meta() } as WalletCommand, state);
    state = events.reduce(walletDecider.evolve, state);
    out.push(...events);
  };
  for (const c of [
    { type: 'OpenWallet', data: { walletId: OTHER, ownerId: 'u-2' } },
    { type: 'ActivateWallet', data: { walletId: OTHER } },
  ] as const) other = walletDecider.decide({ ...c, meta: meta() } as WalletCommand, other).reduce(walletDecider.evolve, other);
  run({ type: 'OpenWallet', data: { walletId: W, ownerId: 'u-1' } });
  run({ type: 'ActivateWallet', data: { walletId: W } });
  run({ type: 'CreditWallet', data: { walletId: W, amount: 50_000, reference: 'top-up' } });
  run({ type: 'DebitWallet', data: { walletId: W, amount: 1_250, reference: 'pharmacy' } });
  run({ type: 'PlaceHold', data: { walletId: W, holdId: 'h1', amount: 5_000, expiresAt: '2026-12-01T00:00:00Z', reference: 'rx-1' } });
  run({ type: 'PlaceHold', data: { walletId: W, holdId: 'h2', amount: 700, expiresAt: '2026-12-01T00:00:00Z', reference: 'copay:HP-1:rx-2', pharmacyId: 'ph-1' } });
  run({ type: 'CaptureHold', data: { walletId: W, holdId: 'h1', amount: 4_000 } });
  run({ type: 'VoidHold', data: { walletId: W, holdId: 'h2', pharmacyId: 'ph-1' } });
  const t = decideTransfer({ type: 'TransferFunds', data: { transferId: 't1', fromWalletId: W, toWalletId: OTHER, amount: 3_000 }, meta: meta() }, state, other);
  state = t.source.reduce(walletDecider.evolve, state);
  out.push(...t.source);
  run({ type: 'SuspendWallet', data: { walletId: W, reason: 'kyc review' } });
  return out.map((e, i) => ({
    position: i + 1, transactionId: i + 1, eventId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    streamId: W, aggregateType: 'wallet', type: e.type, version: i + 1, data: e.data, metadata: {}, timestamp: new Date(0),
  }));
}

const twice = (events: StoredEvent[]) => events.flatMap((e) => [e, e]);
const foldDocs = <D>(evolve: (d: D | null, e: StoredEvent) => D | null, key: (e: StoredEvent) => string, events: StoredEvent[]) => {
  const docs = new Map<string, D | null>();
  for (const e of events) docs.set(key(e), evolve(docs.get(key(e)) ?? null, e));
  return Object.fromEntries(docs);
};

describe('wallet projections deliver every event twice and get the same read model', () => {
  const events = history();

  it('wallets: balance, held and status', () => {
    const once = foldDocs(evolveWalletDoc, (e) => e.streamId, events);
    expect(foldDocs(evolveWalletDoc, (e) => e.streamId, twice(events))).toEqual(once);
    expect(once[W]).toMatchObject({ status: 'suspended', balance: 50_000 - 1_250 - 4_000 - 3_000, held: 0, version: events.length });
  });

  it('wallets: an old event delivered late changes nothing', () => {
    const once = foldDocs(evolveWalletDoc, (e) => e.streamId, events);
    const late = foldDocs(evolveWalletDoc, (e) => e.streamId, [...events, events[2] as StoredEvent]);
    expect(late).toEqual(once);
  });

  it('holds: each hold ends once', () => {
    const key = (e: StoredEvent) => (e.data as { holdId?: string }).holdId ?? '-';
    const holdEvents = events.filter((e) => e.type.startsWith('WalletHold'));
    const once = foldDocs(evolveHoldDoc, key, holdEvents);
    expect(foldDocs(evolveHoldDoc, key, twice(holdEvents))).toEqual(once);
    expect(once.h1).toMatchObject({ status: 'captured', captured: 4_000, amount: 5_000, pharmacyId: null });
    expect(once.h2).toMatchObject({ status: 'voided', captured: 0, reference: 'copay:HP-1:rx-2', pharmacyId: 'ph-1' });
  });

  it('history: one line per money movement, signed', () => {
    const once = foldDocs(evolveTransactionDoc, (e) => e.eventId, events);
    expect(foldDocs(evolveTransactionDoc, (e) => e.eventId, twice(events))).toEqual(once);
    const lines = Object.values(once).filter((d) => d !== null);
    expect(lines.map((l) => [l.kind, l.amount])).toEqual([
      ['credit', 50_000], ['debit', -1_250], ['capture', -4_000], ['transfer_out', -3_000],
    ]);
    expect(lines.at(-1)).toMatchObject({ balanceAfter: 41_750, counterpartyWalletId: OTHER });
  });
});
