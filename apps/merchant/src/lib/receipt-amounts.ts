/** The amounts of a claim a receipt prints. */
export interface ReceiptClaim {
  status: string;
  submitted: number;
  copay: number;
  benefit: number;
  copayPaidFrom: 'wallet' | 'cash';
}

/**
 * Who paid what, for the patient's receipt. The patient pays what the card did not: their share of covered
 * drugs (taken from the wallet when collected there) plus the full price of drugs the card did not pay for,
 * at the counter. A rejected claim: the card paid nothing.
 */
export function receiptAmounts(c: ReceiptClaim): { total: number; card: number; patient: number; wallet: number; cash: number } {
  const card = c.status === 'rejected' ? 0 : c.benefit;
  const patient = c.submitted - card;
  const wallet = c.status !== 'rejected' && c.copayPaidFrom === 'wallet' ? Math.min(c.copay, patient) : 0;
  return { total: c.submitted, card, patient, wallet, cash: patient - wallet };
}
