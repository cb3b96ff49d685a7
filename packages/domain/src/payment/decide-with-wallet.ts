import type { WalletState } from '../wallet/state';
import type { PaymentWalletCommand } from './commands';
import { decideNotification } from './decide-notification';
import { decideRefund, decideRefundFailure, decideReviewResolution } from './decide-refund';
import type { PaymentSettlement } from './settlement';
import type { PaymentState } from './state';

/** Payment commands that move money: decided on the payment and its wallet together. Pure. */
export const decidePaymentWithWallet = (command: PaymentWalletCommand, payment: PaymentState, wallet: WalletState): PaymentSettlement => {
  switch (command.type) {
    case 'RecordProviderNotification':
      return decideNotification(command, payment, wallet);
    case 'RequestRefund':
      return decideRefund(command, payment, wallet);
    case 'FailRefund':
      return decideRefundFailure(command, payment, wallet);
    case 'ResolvePaymentReview':
      return decideReviewResolution(command, payment, wallet);
    default: {
      const _never: never = command;
      throw new Error(`Unknown payment command ${JSON.stringify(_never)}`);
    }
  }
};
