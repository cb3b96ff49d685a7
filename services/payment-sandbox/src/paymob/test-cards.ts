/** Card numbers the sandbox checkout understands; any other number is declined. */
export const PAYMOB_TEST_CARDS = {
  success: '4987654321098769',
  declined: '4000000000000002',
  threeDsFails: '4000000000003220',
} as const;

/** Vodafone Cash-like wallet number that succeeds; any other valid mobile number is declined. */
export const PAYMOB_TEST_WALLET = '01000000000';

export type CardOutcome = 'success' | 'declined' | '3ds-fail';

export function cardOutcome(cardNumber: string): CardOutcome {
  if (cardNumber === PAYMOB_TEST_CARDS.success) return 'success';
  if (cardNumber === PAYMOB_TEST_CARDS.threeDsFails) return '3ds-fail';
  return 'declined';
}

/** The list shown on the checkout page. */
export const PAYMOB_TEST_CARD_LIST: readonly { number: string; outcome: string }[] = [
  { number: PAYMOB_TEST_CARDS.success, outcome: 'Approved' },
  { number: PAYMOB_TEST_CARDS.declined, outcome: 'Declined (DECLINED)' },
  { number: PAYMOB_TEST_CARDS.threeDsFails, outcome: '3-D Secure step, then authentication fails' },
  { number: `Wallet ${PAYMOB_TEST_WALLET}`, outcome: 'Approved (wallet)' },
];
