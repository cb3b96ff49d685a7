import * as domain from '@healthpay/domain';
import {
  evolveMedCard, evolvePayment, evolveWallet, fold, initialMedCardState, initialPaymentState, initialWalletState,
  type MedCardEvent, type MedCardState, type PaymentEvent, type PaymentState, type WalletEvent, type WalletState,
} from '@healthpay/domain';
import type { StoredEvent } from '../../../event-store/types';

type AnyEvent = { type: string; data: unknown };

/**
 * An in-memory event store for ledger specs: commands go through the real deciders, events are appended per
 * stream with versions and a global position, as infrastructure would. Used only by specs.
 */
export class LedgerWorld {
  readonly feed: StoredEvent[] = [];
  private readonly streams = new Map<string, AnyEvent[]>();
  private ids = 0;

  append(streamId: string, aggregateType: string, events: readonly AnyEvent[], metadata: Record<string, unknown> = {}): void {
    const stream = this.streams.get(streamId) ?? [];
    for (const e of events) {
      stream.push(e);
      this.ids += 1;
      this.feed.push({
        position: this.feed.length + 1, transactionId: this.feed.length + 1, eventId: `00000000-0000-4000-8000-${String(this.ids).padStart(12, '0')}`,
        streamId, aggregateType, type: e.type, version: stream.length, data: e.data, metadata, timestamp: new Date('2026-11-22T08:00:00.000Z'),
      });
    }
    this.streams.set(streamId, stream);
  }

  private events<E>(id: string): E[] {
    return (this.streams.get(id) ?? []) as E[];
  }

  wallet(id: string): WalletState {
    return fold(evolveWallet, initialWalletState, this.events<WalletEvent>(id));
  }
  payment(id: string): PaymentState {
    return fold(evolvePayment, initialPaymentState, this.events<PaymentEvent>(id));
  }
  card(id: string): MedCardState {
    return fold(evolveMedCard, initialMedCardState, this.events<MedCardEvent>(id));
  }

  /** Runs `fn`; a domain rejection is a command refused (nothing appended), anything else is a bug. */
  static attempt(fn: () => void): boolean {
    try {
      fn();
      return true;
    } catch (error) {
      if (domain.isDomainError(error)) return false;
      throw error;
    }
  }
}

/** The claims helper's wallet-aware reversal, when this tree has it (the ledger does not wait for it). */
type ReversalDecider = (command: unknown, card: MedCardState, wallet: WalletState) => { card: AnyEvent[]; wallet: AnyEvent[] };
export const decideClaimReversal: ReversalDecider | null =
  'decideClaimReversal' in domain && typeof domain.decideClaimReversal === 'function' ? (domain.decideClaimReversal as unknown as ReversalDecider) : null;
