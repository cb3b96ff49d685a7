import { router } from '../../trpc';
import { captureHold } from './capture-hold';
import { changeWalletStatus } from './change-wallet-status';
import { creditWallet } from './credit-wallet';
import { debitWallet } from './debit-wallet';
import { getWallet } from './get-wallet';
import { listHistory } from './list-history';
import { listHolds } from './list-holds';
import { myWallets } from './my-wallets';
import { openWallet } from './open-wallet';
import { placeHold } from './place-hold';
import { transferRecipient } from './recipient';
import { searchWallets } from './search-wallets';
import { transfer } from './transfer';
import { voidHold } from './void-hold';
import { walletEvents } from './wallet-events';

export const walletRouter = router({
  open: openWallet,
  changeStatus: changeWalletStatus,
  credit: creditWallet,
  debit: debitWallet,
  transfer,
  recipient: transferRecipient,
  placeHold,
  captureHold,
  voidHold,
  get: getWallet,
  mine: myWallets,
  history: listHistory,
  holds: listHolds,
  search: searchWallets,
  events: walletEvents,
});
