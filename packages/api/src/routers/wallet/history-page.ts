import type { TransactionLine } from '@healthpay/db';
import { z } from 'zod';
import { KnownJson } from '../../serialize/known-json';
import { arrayWriterOf, isPlainJsonString, jsonWriterOf, type JsonWriter } from '../../serialize/schema-json';

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

// Each field's writer from its schema (`jsonWriterOf`); the line is written by `lineText` below, field by field.
const field = Object.fromEntries(Object.entries(transactionView.shape).map(([k, f]) => [k, jsonWriterOf(f)])) as {
  [K in keyof typeof transactionView.shape]: JsonWriter;
};
const nextCursorText = jsonWriterOf(historyPage.shape.nextCursor);

type Fields = { [K in keyof typeof transactionView.shape]?: unknown };

/**
 * A line's text: what `jsonWriterOf(transactionView)` gives (schema-json.unit.spec.ts holds it to that), with the fields
 * read by name at sites that each see one shape and written by one template; strings that need no escape go in as they
 * are, between the template's own quotes. The generic writer reads them through one keyed site (megamorphic over 13 keys)
 * and adds each field, quoted, to a string of many small pieces, which Node must then flatten to write: together a sixth
 * of the API's CPU for a page (docs/benchmarks.md reads run 20).
 */
function lineText(v: unknown): string | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  const l = v as Fields;
  // Each field read once, in the schema's order.
  const eventId = l.eventId, walletId = l.walletId, version = field.version(l.version), kind = field.kind(l.kind), amount = field.amount(l.amount),
    balanceAfter = field.balanceAfter(l.balanceAfter), reference = l.reference, counterpartyWalletId = field.counterpartyWalletId(l.counterpartyWalletId),
    counterpartyName = field.counterpartyName(l.counterpartyName), counterpartyNameAr = field.counterpartyNameAr(l.counterpartyNameAr),
    occurredAt = l.occurredAt, copay = field.copay(l.copay), copayRefund = field.copayRefund(l.copayRefund);
  if (version === undefined || kind === undefined || amount === undefined || balanceAfter === undefined || counterpartyWalletId === undefined
    || counterpartyName === undefined || counterpartyNameAr === undefined || copay === undefined || copayRefund === undefined) return undefined;
  // Most lines have no counterparty and no copay: one constant piece each instead of six small ones.
  const tail = counterpartyWalletId === 'null' && counterpartyName === 'null' && counterpartyNameAr === 'null' ? '"counterpartyWalletId":null,"counterpartyName":null,"counterpartyNameAr":null'
    : `"counterpartyWalletId":${counterpartyWalletId},"counterpartyName":${counterpartyName},"counterpartyNameAr":${counterpartyNameAr}`;
  const end = copay === 'null' && copayRefund === 'null' ? ',"copay":null,"copayRefund":null}' : `,"copay":${copay},"copayRefund":${copayRefund}}`;
  if (isPlainJsonString(eventId) && isPlainJsonString(walletId) && isPlainJsonString(reference) && isPlainJsonString(occurredAt)) {
    return `{"eventId":"${eventId}","walletId":"${walletId}","version":${version},"kind":${kind},"amount":${amount},"balanceAfter":${balanceAfter},"reference":"${reference}",${tail},"occurredAt":"${occurredAt}"${end}`;
  }
  const e = field.eventId(eventId), w = field.walletId(walletId), r = field.reference(reference), o = field.occurredAt(occurredAt);
  if (e === undefined || w === undefined || r === undefined || o === undefined) return undefined;
  return `{"eventId":${e},"walletId":${w},"version":${version},"kind":${kind},"amount":${amount},"balanceAfter":${balanceAfter},"reference":${r},${tail},"occurredAt":${o},"copay":${copay},"copayRefund":${copayRefund}}`;
}
// The template above names every field of the schema, in its order: refused at load if the schema has changed.
if (Object.keys(transactionView.shape).join() !== 'eventId,walletId,version,kind,amount,balanceAfter,reference,counterpartyWalletId,counterpartyName,counterpartyNameAr,occurredAt,copay,copayRefund') {
  throw new Error('history-page.ts: lineText does not write transactionView as it is');
}

const itemsText = arrayWriterOf(lineText);

/** `jsonWriterOf(historyPage)`'s text of a page, written by `lineText` per line. */
export function historyPageText(page: { items?: unknown; nextCursor?: unknown }): string | undefined {
  const items = itemsText(page.items);
  const nextCursor = items === undefined ? undefined : nextCursorText(page.nextCursor);
  return nextCursor === undefined ? undefined : `{"items":${items},"nextCursor":${nextCursor}}`;
}

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
    return historyPageText(this) ?? null;
  }
}
