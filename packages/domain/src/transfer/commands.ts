import type { CommandMeta } from '../shared/command';
import type { Piasters } from '../shared/money';
import type { WalletEvent } from '../wallet/events';

/** Moves money between two wallets; both legs are decided together so neither can happen alone. */
export interface TransferFunds {
  type: 'TransferFunds';
  data: { transferId: string; fromWalletId: string; toWalletId: string; amount: Piasters; reference?: string };
  meta: CommandMeta;
}

export type TransferCommand = TransferFunds;

/** Events for each stream; infrastructure appends both lists in one transaction. */
export interface TransferDecision {
  source: WalletEvent[];
  dest: WalletEvent[];
}
