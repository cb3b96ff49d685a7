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

/** Pure: the history line an event adds (once: an existing line is kept as it is). */
export function evolveTransactionDoc(doc: TransactionDoc | null, stored: StoredEvent): TransactionDoc | null {
  if (doc) return doc;
  const e = walletEvent(stored);
  const base = { eventId: stored.eventId, walletId: stored.streamId, version: stored.version, counterpartyWalletId: null };
  switch (e.type) {
    case 'WalletCredited':
      return { ...base, kind: 'credit', amount: e.data.amount, balanceAfter: e.data.balanceAfter, reference: e.data.reference, occurredAt: e.data.at };
    case 'WalletDebited':
      return { ...base, kind: 'debit', amount: -e.data.amount, balanceAfter: e.data.balanceAfter, reference: e.data.reference, occurredAt: e.data.at };
    case 'WalletHoldCaptured':
      return { ...base, kind: 'capture', amount: -e.data.amount, balanceAfter: e.data.balanceAfter, reference: e.data.holdId, occurredAt: e.data.at };
    case 'WalletTransferSent':
      return { ...base, kind: 'transfer_out', amount: -e.data.amount, balanceAfter: e.data.balanceAfter, reference: e.data.reference ?? '', counterpartyWalletId: e.data.toWalletId, occurredAt: e.data.at };
    case 'WalletTransferReceived':
      return { ...base, kind: 'transfer_in', amount: e.data.amount, balanceAfter: e.data.balanceAfter, reference: e.data.reference ?? '', counterpartyWalletId: e.data.fromWalletId, occurredAt: e.data.at };
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
    await tx.query(INSERT, [col('eventId'), col('walletId'), col('version'), col('kind'), col('amount'),
      col('balanceAfter'), col('reference'), col('counterpartyWalletId'), col('occurredAt')]);
  },
};
