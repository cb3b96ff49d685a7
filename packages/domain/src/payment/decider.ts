import type { Decider } from '../shared/command';
import type { PaymentCommand } from './commands';
import { decidePayment } from './decide';
import type { PaymentEvent } from './events';
import { evolvePayment } from './evolve';
import { initialPaymentState, type PaymentState } from './state';

/** The payment's own decider (commands that move no money); see decidePaymentWithWallet for the rest. */
export const paymentDecider: Decider<PaymentCommand, PaymentEvent, PaymentState> = {
  decide: decidePayment,
  evolve: evolvePayment,
  initialState: initialPaymentState,
};
