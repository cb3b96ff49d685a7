import { describe, expect, it } from 'vitest';
import { receiptAmounts } from './receipt-amounts';

describe('receipt amounts', () => {
  it('an approved claim, copay from the wallet', () => {
    expect(receiptAmounts({ status: 'approved', submitted: 10_000, copay: 2_000, benefit: 8_000, copayPaidFrom: 'wallet' }))
      .toEqual({ total: 10_000, card: 8_000, patient: 2_000, wallet: 2_000, cash: 0 });
  });

  it('a line the card did not pay is paid at the counter, beside the wallet copay', () => {
    // 30% of 5,000 covered from the wallet; a 1,000 line rejected on its own.
    expect(receiptAmounts({ status: 'approved', submitted: 6_000, copay: 1_500, benefit: 3_500, copayPaidFrom: 'wallet' }))
      .toEqual({ total: 6_000, card: 3_500, patient: 2_500, wallet: 1_500, cash: 1_000 });
  });

  it('a copay in cash', () => {
    expect(receiptAmounts({ status: 'partial', submitted: 10_000, copay: 4_000, benefit: 6_000, copayPaidFrom: 'cash' }))
      .toEqual({ total: 10_000, card: 6_000, patient: 4_000, wallet: 0, cash: 4_000 });
  });

  it('a rejected claim: the patient paid the full price', () => {
    expect(receiptAmounts({ status: 'rejected', submitted: 10_000, copay: 0, benefit: 0, copayPaidFrom: 'cash' }))
      .toEqual({ total: 10_000, card: 0, patient: 10_000, wallet: 0, cash: 10_000 });
  });
});
