import type { Decider } from '../shared/command';
import type { WalletCommand } from './commands';
import { decideWallet } from './decide';
import type { WalletEvent } from './events';
import { evolveWallet } from './evolve';
import { initialWalletState, type WalletState } from './state';

export const walletDecider: Decider<WalletCommand, WalletEvent, WalletState> = {
  decide: decideWallet,
  evolve: evolveWallet,
  initialState: initialWalletState,
};
