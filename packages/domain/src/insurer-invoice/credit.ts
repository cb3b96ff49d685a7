import { DomainError } from '../shared/errors';
import type { InsurerInvoiceCommandOf } from './commands';
import type { InsurerInvoiceEvent, InsurerInvoiceLine } from './events';
import type { ExistingInsurerInvoice } from './state';

/** A claim is (card, pharmacy, prescription): the key of an invoice line. */
export const claimKeyOf = (l: Pick<InsurerInvoiceLine, 'cardId' | 'pharmacyId' | 'prescriptionId'>): string =>
  `${l.cardId}\u0000${l.pharmacyId}\u0000${l.prescriptionId}`;

/** Keys of the claims credited on the invoice already. */
export const creditedKeysOf = (inv: ExistingInsurerInvoice): Set<string> =>
  new Set(inv.credits.flatMap((c) => c.lines.map(claimKeyOf)));

/** The lines not credited on the invoice yet (a state that is no invoice has credited nothing). */
export const notYetCredited = (inv: ExistingInsurerInvoice | { status: 'none' }, lines: readonly InsurerInvoiceLine[]): InsurerInvoiceLine[] => {
  if (inv.status === 'none') return [...lines];
  const credited = creditedKeysOf(inv);
  return lines.filter((l) => !credited.has(claimKeyOf(l)));
};

/**
 * Pure: a credit note for claims the invoice billed that were reversed afterwards. The read model says which claims are
 * reversed; this checks each is a line of this invoice (same claim, same benefit) and is credited once only.
 */
export function decideCredit(inv: ExistingInsurerInvoice, command: InsurerInvoiceCommandOf<'CreditReversedClaims'>): InsurerInvoiceEvent[] {
  const { lines } = command.data;
  if (inv.status === 'draft') {
    throw new DomainError('INVALID_STATE_TRANSITION', 'A draft is not credited: its claims are not billed yet. Issue it, then credit the claims reversed since', { from: 'draft', to: 'credited' });
  }
  if (lines.length === 0) throw new DomainError('INSURER_INVOICE_NOTHING_TO_CREDIT', 'No reversed claim of this invoice is left to credit', { invoiceId: inv.invoiceId });
  const billed = new Map(inv.lines.map((l) => [claimKeyOf(l), l]));
  const credited = creditedKeysOf(inv);
  const seen = new Set<string>();
  const credit = lines.map((l, index) => {
    const key = claimKeyOf(l);
    const line = billed.get(key);
    if (!line || line.benefit !== l.benefit) {
      throw new DomainError('CLAIM_NOT_ON_INSURER_INVOICE', `Claim ${l.prescriptionId} is not billed on this invoice for that amount`, { index, prescriptionId: l.prescriptionId });
    }
    if (credited.has(key) || seen.has(key)) {
      throw new DomainError('INSURER_CLAIM_ALREADY_CREDITED', `Claim ${l.prescriptionId} is credited on this invoice already`, { index, prescriptionId: l.prescriptionId });
    }
    seen.add(key);
    return line;
  });
  const amount = credit.reduce((sum, l) => sum + l.benefit, 0);
  const reason = command.data.reason?.trim();
  return [{
    type: 'InsurerInvoiceCredited',
    data: {
      invoiceId: inv.invoiceId, insurerKey: inv.insurerKey, lines: credit, amount, creditedTotal: inv.credited + amount,
      ...(reason ? { reason } : {}), creditedBy: command.meta.actorId, at: command.meta.now,
    },
  }];
}
