import type { WalletCommand } from './commands';
import { creditWallet, debitWallet } from './decide-funds';
import { captureHold, expireHold, placeHold, voidHold } from './decide-holds';
import {
  activateWallet,
  changeWalletLimits,
  closeWallet,
  openWallet,
  reactivateWallet,
  suspendWallet,
} from './decide-lifecycle';
import type { WalletEvent } from './events';
import type { WalletState } from './state';

/** Decides what a command produces on the current state, or throws a DomainError. Pure. */
export const decideWallet = (command: WalletCommand, state: WalletState): WalletEvent[] => {
  switch (command.type) {
    case 'OpenWallet':
      return openWallet(command, state);
    case 'ActivateWallet':
      return activateWallet(command, state);
    case 'SuspendWallet':
      return suspendWallet(command, state);
    case 'ReactivateWallet':
      return reactivateWallet(command, state);
    case 'CloseWallet':
      return closeWallet(command, state);
    case 'CreditWallet':
      return creditWallet(command, state);
    case 'DebitWallet':
      return debitWallet(command, state);
    case 'PlaceHold':
      return placeHold(command, state);
    case 'CaptureHold':
      return captureHold(command, state);
    case 'VoidHold':
      return voidHold(command, state);
    case 'ExpireHold':
      return expireHold(command, state);
    case 'ChangeWalletLimits':
      return changeWalletLimits(command, state);
    default: {
      const _never: never = command;
      throw new Error(`Unknown wallet command ${JSON.stringify(_never)}`);
    }
  }
};
