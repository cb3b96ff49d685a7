/** One leg of a posting group: exactly one of debit and credit is positive (integer piasters). */
export interface Posting {
  account: string;
  debit: number;
  credit: number;
}

/** Dr `debitAccount`, Cr `creditAccount` by `amount` (a negative amount swaps the sides; 0 posts nothing). */
export function move(amount: number, debitAccount: string, creditAccount: string): Posting[] {
  if (amount === 0) return [];
  if (amount < 0) return move(-amount, creditAccount, debitAccount);
  return [{ account: debitAccount, debit: amount, credit: 0 }, { account: creditAccount, debit: 0, credit: amount }];
}

/** What a posting rule sees of an event: its type, payload and (for who did it) metadata. */
export interface LedgerEvent {
  type: string;
  data: unknown;
  metadata?: Record<string, unknown>;
}

/**
 * Facts an event's postings need from earlier events of the same stream, kept by the projection per stream:
 * a card's insurer, a payment's provider and wallet, a wallet's open holds and the pharmacy each was placed for.
 */
export interface LedgerContext {
  insurerKey?: string | null;
  provider?: string;
  walletId?: string;
  holds?: Record<string, string | null>;
}
