import type { TransactionLine } from '@healthpay/db';
import { z } from 'zod';
import { KnownJson } from '../../serialize/known-json';
import { jsonWriterOf } from '../../serialize/schema-json';

export const transactionView = z.object({
  eventId: z.string(),
  walletId: z.string(),
  version: z.int(),
  kind: z.enum(['credit', 'debit', 'capture', 'transfer_in', 'transfer_out']),
  amount: z.int(),
  balanceAfter: z.int(),
  reference: z.string(),
  counterpartyWalletId: z.string().nullable(),
  counterpartyName: z.string().nullable(),
  /** The counterparty's Arabic name where known (portals show the one of their locale). */
  counterpartyNameAr: z.string().nullable(),
  occurredAt: z.string(),
  /** A capture that paid a prescription's copay at a pharmacy (null for every other line). */
  copay: z.object({ pharmacyName: z.string(), pharmacyNameAr: z.string(), prescriptionId: z.string() }).nullable(),
  /** A credit that gave a reversed claim's copay back (reference `copay-refund:…`; null for every other line). */
  copayRefund: z.object({ pharmacyName: z.string(), pharmacyNameAr: z.string(), prescriptionId: z.string() }).nullable(),
});

/** `wallet.history`'s output schema. */
export const historyPage = z.object({ items: z.array(transactionView), nextCursor: z.int().nullable() });

const writeHistoryPage = jsonWriterOf(historyPage);

/**
 * `wallet.history`'s answer. Its lines are strings, safe integers, an enum and nulls: its JSON text is written straight
 * from them, each field checked for its schema's type on the way (`jsonWriterOf`), byte for byte what the output
 * schema, superjson and JSON.stringify gave (history-bytes.int.spec.ts), without copying 20 lines through zod and
 * walking them again for superjson. A page with any field the writer does not vouch for is parsed as before.
 */
export class HistoryPage extends KnownJson {
  readonly checkedAgainst = historyPage;

  constructor(
    readonly items: TransactionLine[],
    readonly nextCursor: number | null,
  ) {
    super();
  }

  protected text(): string | null {
    return writeHistoryPage(this) ?? null;
  }
}
