// Public surface of @healthpay/domain. Pure: no I/O, no clock, no randomness.
export * from './shared/errors';
export * from './shared/money';
export * from './shared/command';
export { cairoDay, cairoMonth } from './shared/cairo-time';
export { isIsoInstant } from './shared/instant';

export * from './wallet/events';
export * from './wallet/commands';
export * from './wallet/state';
export type { ExistingWalletState, WalletStatus, CommandOf } from './wallet/types';
export { walletDecider } from './wallet/decider';
export { decideWallet } from './wallet/decide';
export { evolveWallet } from './wallet/evolve';
export { availableBalance, heldAmount, isHoldActive } from './wallet/available';
export { DEFAULT_DAILY_DEBIT_LIMIT, DEFAULT_MONTHLY_DEBIT_LIMIT, type DebitLimits } from './wallet/limits';
export { spentToday, spentThisMonth } from './wallet/spend';

export type { TransferFunds, TransferCommand, TransferDecision } from './transfer/commands';
export { decideTransfer } from './transfer/decide-transfer';
