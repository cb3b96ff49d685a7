import { randomBytes, randomInt } from 'node:crypto';
import type { Intention, PaymobTransaction } from './types';

/** In-memory state of one Paymob sandbox. Ids start at a random base so restarts don't reuse them. */
export class PaymobStore {
  readonly intentions = new Map<string, Intention>();
  private readonly bySecret = new Map<string, Intention>();
  private readonly byReference = new Map<string, Intention>();
  private readonly byOrder = new Map<number, Intention>();
  readonly transactions = new Map<number, PaymobTransaction>();
  /** Pending 3-D Secure steps: token → what was being paid. */
  readonly threeDs = new Map<string, { intentionId: string; cardNumber: string }>();
  private nextTransactionId = randomInt(100_000_000, 800_000_000);
  private nextOrderId = randomInt(100_000_000, 800_000_000);
  private micro = 0;

  newIds(): { id: string; clientSecret: string; orderId: number } {
    const hex = randomBytes(16).toString('hex');
    return { id: `pi_test_${hex}`, clientSecret: `egy_csk_test_${randomBytes(16).toString('hex')}`, orderId: this.nextOrderId++ };
  }

  transactionId(): number {
    return this.nextTransactionId++;
  }

  /** Sub-millisecond digits for `created_at`, so two transactions in one millisecond still differ. */
  microDigits(): number {
    this.micro = (this.micro + 137) % 1000;
    return this.micro;
  }

  addIntention(intention: Intention): void {
    this.intentions.set(intention.id, intention);
    this.bySecret.set(intention.clientSecret, intention);
    this.byOrder.set(intention.orderId, intention);
    if (intention.specialReference !== null) this.byReference.set(intention.specialReference, intention);
  }

  hasReference(ref: string): boolean {
    return this.byReference.has(ref);
  }

  /** By intention id (`pi_test_…`) or client secret. */
  findIntention(idOrSecret: string): Intention | undefined {
    return this.intentions.get(idOrSecret) ?? this.bySecret.get(idOrSecret);
  }

  findByOrder(o: { orderId?: number; merchantOrderId?: string }): Intention | undefined {
    if (o.orderId !== undefined) return this.byOrder.get(o.orderId);
    return o.merchantOrderId === undefined ? undefined : this.byReference.get(o.merchantOrderId);
  }

  transactionsOf(intention: Intention): PaymobTransaction[] {
    return [...this.transactions.values()].filter((t) => t.order.id === intention.orderId);
  }

  /** The successful original payment of an intention, if any. */
  paymentOf(intention: Intention): PaymobTransaction | undefined {
    return this.transactionsOf(intention).find((t) => t.success && !t.has_parent_transaction);
  }
}
