import { holdProjection } from './hold-projection';
import { transactionProjection } from './transaction-projection';
import { walletProjection } from './wallet-projection';

export * from './queries';
export { evolveWalletDoc, type WalletDoc } from './wallet-doc';
export { evolveHoldDoc, holdProjection, saveHoldRows, type HoldDoc } from './hold-projection';
export { evolveTransactionDoc, transactionProjection, type TransactionDoc } from './transaction-projection';
export { saveTransactionDocsByCopy } from './transaction-copy';
export { walletProjection };

export const walletReadModels = [walletProjection, holdProjection, transactionProjection] as const;
export const walletReadModelTables = ['wallets', 'wallet_holds', 'wallet_transactions'] as const;
