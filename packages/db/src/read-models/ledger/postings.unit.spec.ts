import { describe, expect, it } from 'vitest';
import { postingsOf } from './postings';

const at = '2026-11-22T08:00:00.000Z';
const ev = (type: string, data: Record<string, unknown>, metadata: Record<string, unknown> = {}) => ({ type, data: { at, ...data }, metadata });
const legs = (...l: [string, number, number][]) => l.map(([account, debit, credit]) => ({ account, debit, credit }));

describe('postingsOf', () => {
  it('posts a top-up from the payment (Dr provider clearing, Cr wallet) and nothing from the wallet line it causes', () => {
    expect(postingsOf(ev('PaymentSucceeded', { paymentId: 'p', walletId: 'w', amount: 500 }), { provider: 'fawry' })).toEqual(legs(['clearing:fawry', 500, 0], ['wallet:w', 0, 500]));
    expect(postingsOf(ev('WalletCredited', { walletId: 'w', amount: 500, reference: 'payment:p' }), {})).toEqual([]);
  });

  it('posts refunds when asked (Dr wallet, Cr clearing) and back when refused', () => {
    expect(postingsOf(ev('PaymentRefundRequested', { walletId: 'w', amount: 200 }), { provider: 'paymob' })).toEqual(legs(['wallet:w', 200, 0], ['clearing:paymob', 0, 200]));
    expect(postingsOf(ev('PaymentRefundFailed', { walletId: 'w', amount: 200 }), { provider: 'paymob' })).toEqual(legs(['clearing:paymob', 200, 0], ['wallet:w', 0, 200]));
  });

  it('posts staff credits and debits against staff adjustments, whatever reference staff typed', () => {
    expect(postingsOf(ev('WalletCredited', { walletId: 'w', amount: 90, reference: 'payment:spoof' }, { operation: 'wallet.credit' }), {})).toEqual(legs(['staff-adjustments', 90, 0], ['wallet:w', 0, 90]));
    expect(postingsOf(ev('WalletDebited', { walletId: 'w', amount: 40, reference: 'fee' }, { operation: 'wallet.debit' }), {})).toEqual(legs(['wallet:w', 40, 0], ['staff-adjustments', 0, 40]));
  });

  it('posts a copay capture to the pharmacy the hold was placed for, and a copay refund back from it', () => {
    expect(postingsOf(ev('WalletHoldCaptured', { walletId: 'w', holdId: 'h', amount: 70 }), { holds: { h: 'ph-1' } })).toEqual(legs(['wallet:w', 70, 0], ['pharmacy-payable:ph-1', 0, 70]));
    expect(postingsOf(ev('WalletHoldCaptured', { walletId: 'w', holdId: 'h', amount: 70 }), { holds: { h: null } })).toEqual(legs(['wallet:w', 70, 0], ['unattributed-captures', 0, 70]));
    expect(postingsOf(ev('WalletCredited', { walletId: 'w', amount: 70, reference: 'copay-refund:HP-1:ph-1:rx-1' }), {})).toEqual(legs(['pharmacy-payable:ph-1', 70, 0], ['wallet:w', 0, 70]));
  });

  it('posts both transfer legs through transfers in transit', () => {
    expect(postingsOf(ev('WalletTransferSent', { walletId: 'a', toWalletId: 'b', amount: 5 }), {})).toEqual(legs(['wallet:a', 5, 0], ['transfers-in-transit', 0, 5]));
    expect(postingsOf(ev('WalletTransferReceived', { walletId: 'b', fromWalletId: 'a', amount: 5 }), {})).toEqual(legs(['transfers-in-transit', 5, 0], ['wallet:b', 0, 5]));
  });

  it('posts a claim benefit to benefit expense, or to the insurer when the card carries one; a reversal the opposite', () => {
    const approved = ev('PrescriptionClaimApproved', { claim: { pharmacyId: 'ph-1', prescriptionId: 'rx' }, total: { benefit: 800, copay: 200 } });
    expect(postingsOf(approved, { insurerKey: null })).toEqual(legs(['benefit-expense', 800, 0], ['pharmacy-payable:ph-1', 0, 800]));
    expect(postingsOf(approved, { insurerKey: 'misr-insurance' })).toEqual(legs(['insurer-receivable:misr-insurance', 800, 0], ['pharmacy-payable:ph-1', 0, 800]));
    expect(postingsOf(ev('PrescriptionClaimReversed', { pharmacyId: 'ph-1', benefit: 800 }), { insurerKey: 'misr-insurance' })).toEqual(legs(['pharmacy-payable:ph-1', 800, 0], ['insurer-receivable:misr-insurance', 0, 800]));
  });

  it('posts nothing for an insurance claim approval or a zero benefit', () => {
    expect(postingsOf(ev('InsuranceClaimApproved', { approvedAmount: 100 }), { insurerKey: 'axa' })).toEqual([]);
    expect(postingsOf(ev('PrescriptionClaimApproved', { claim: { pharmacyId: 'ph' }, total: { benefit: 0 } }), {})).toEqual([]);
  });

  it('posts commission at statement close, the payout when paid, and insurer payments to the bank', () => {
    expect(postingsOf(ev('SettlementClosed', { pharmacyId: 'ph', totals: { commission: 30 } }), {})).toEqual(legs(['pharmacy-payable:ph', 30, 0], ['commission-revenue', 0, 30]));
    expect(postingsOf(ev('SettlementPaid', { pharmacyId: 'ph', amount: 970 }), {})).toEqual(legs(['pharmacy-payable:ph', 970, 0], ['bank', 0, 970]));
    expect(postingsOf(ev('InsurerInvoicePaymentRecorded', { insurerKey: 'axa', amount: 400 }), {})).toEqual(legs(['bank', 400, 0], ['insurer-receivable:axa', 0, 400]));
  });

  it('posts nothing for a credit note on an insurer invoice: the claim reversal already took its benefit off the receivable', () => {
    const lines = [{ cardId: 'HP-1', pharmacyId: 'ph-1', prescriptionId: 'rx', benefit: 800, approvedAt: at }];
    const credit = ev('InsurerInvoiceCredited', { invoiceId: 'insurer-invoice:axa:2026-10', insurerKey: 'axa', lines, amount: 800, creditedTotal: 800, creditedBy: 'f' });
    expect(postingsOf(credit, { insurerKey: 'axa' })).toEqual([]);
    // Approved 800, paid 800, reversed: the receivable is −800, exactly what the credited invoice says is owed back.
    const receivable = [
      postingsOf(ev('PrescriptionClaimApproved', { claim: { pharmacyId: 'ph-1' }, total: { benefit: 800 } }), { insurerKey: 'axa' }),
      postingsOf(ev('InsurerInvoicePaymentRecorded', { insurerKey: 'axa', amount: 800 }), {}),
      postingsOf(ev('PrescriptionClaimReversed', { pharmacyId: 'ph-1', benefit: 800 }), { insurerKey: 'axa' }),
      postingsOf(credit, { insurerKey: 'axa' }),
    ].flat().filter((p) => p.account === 'insurer-receivable:axa').reduce((sum, p) => sum + p.debit - p.credit, 0);
    expect(receivable).toBe(-800);
  });
});
