import type { InsurerInvoiceEvent } from '@healthpay/domain';
import { account } from './accounts';
import { move, type LedgerEvent, type Posting } from './posting';

/** The settlements helper's events (finance contract), read by shape. */
interface SettlementClosedData { pharmacyId: string; totals: { commission: number } }
interface SettlementPaidData { pharmacyId: string; amount: number }

/** Commission when a statement closes, payouts when it is paid, insurer payments on invoices. Pure. */
export function financePostings(e: LedgerEvent): Posting[] {
  switch (e.type) {
    case 'SettlementClosed': {
      const d = e.data as SettlementClosedData;
      return move(d.totals.commission, account.pharmacyPayable(d.pharmacyId), account.commissionRevenue);
    }
    case 'SettlementPaid': {
      const d = e.data as SettlementPaidData;
      return move(d.amount, account.pharmacyPayable(d.pharmacyId), account.bank);
    }
    case 'InsurerInvoicePaymentRecorded': {
      const d = (e as Extract<InsurerInvoiceEvent, { type: 'InsurerInvoicePaymentRecorded' }>).data;
      return move(d.amount, account.bank, account.insurerReceivable(d.insurerKey));
    }
    default:
      return [];
  }
}
