import type { StoredEvent } from '../../event-store/types';
import type { DocumentProjection } from '../../projections/types';
import { walletEvent } from './wallet-doc';

export type TransactionKind = 'credit' | 'debit' | 'capture' | 'transfer_in' | 'transfer_out';

export interface TransactionDoc {
  eventId: string;
  walletId: string;
  version: number;
  kind: TransactionKind;
  /** Signed piasters: money in is positive, money out negative. */
  amount: number;
  balanceAfter: number;
  reference: string;
  counterpartyWalletId: string | null;
  occurredAt: string;
}

// One literal, not `{ ...base, kind, … }`: V8 (Node 20) clones a spread object with a null field on a slow path,
// ~10 µs a line, most of a replay's time in this projection.
const line = (
  stored: StoredEvent, kind: TransactionKind, amount: number, balanceAfter: number, reference: string,
  counterpartyWalletId: string | null, occurredAt: string,
): TransactionDoc => ({
  eventId: stored.eventId, walletId: stored.streamId, version: stored.version, kind, amount, balanceAfter, reference,
  counterpartyWalletId, occurredAt,
});

/** Pure: the history line an event adds (once: an existing line is kept as it is). */
export function evolveTransactionDoc(doc: TransactionDoc | null, stored: StoredEvent): TransactionDoc | null {
  if (doc) return doc;
  const e = walletEvent(stored);
  switch (e.type) {
    case 'WalletCredited':
      return line(stored, 'credit', e.data.amount, e.data.balanceAfter, e.data.reference, null, e.data.at);
    case 'WalletDebited':
      return line(stored, 'debit', -e.data.amount, e.data.balanceAfter, e.data.reference, null, e.data.at);
    case 'WalletHoldCaptured':
      return line(stored, 'capture', -e.data.amount, e.data.balanceAfter, e.data.holdId, null, e.data.at);
    case 'WalletTransferSent':
      return line(stored, 'transfer_out', -e.data.amount, e.data.balanceAfter, e.data.reference ?? '', e.data.toWalletId, e.data.at);
    case 'WalletTransferReceived':
      return line(stored, 'transfer_in', e.data.amount, e.data.balanceAfter, e.data.reference ?? '', e.data.fromWalletId, e.data.at);
    default:
      return null;
  }
}

const INSERT = `
INSERT INTO wallet_transactions (event_id, wallet_id, version, kind, amount, balance_after, reference,
  counterparty_wallet_id, occurred_at)
SELECT * FROM unnest($1::uuid[], $2::text[], $3::int[], $4::text[], $5::bigint[], $6::bigint[], $7::text[],
  $8::text[], $9::timestamptz[])
ON CONFLICT DO NOTHING`;

/** A wallet's money history (`wallet_transactions`), one line per money-moving event. */
export const transactionProjection: DocumentProjection<TransactionDoc> = {
  name: 'wallet_transactions',
  canHandle: ['WalletCredited', 'WalletDebited', 'WalletHoldCaptured', 'WalletTransferSent', 'WalletTransferReceived'],
  keyOf: (e) => e.eventId,
  evolve: evolveTransactionDoc,
  // Lines never change once written, so there is nothing to load: the insert ignores repeats.
  load: async () => new Map(),
  async save(tx, docs) {
    if (docs.length === 0) return;
    const col = <K extends keyof TransactionDoc>(k: K) => docs.map((d) => d[k]);
    await tx.query({ name: 'hp_project_wallet_transactions', text: INSERT, values: [col('eventId'), col('walletId'), col('version'),
      col('kind'), col('amount'), col('balanceAfter'), col('reference'), col('counterpartyWalletId'), col('occurredAt')] });
  },
};
