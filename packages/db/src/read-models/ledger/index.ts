import { ledgerProjection } from './ledger-projection';

export { account, accountKindOf, chartOfAccounts, type AccountClass, type AccountDefinition, type AccountKind } from './accounts';
export { move, type LedgerContext, type LedgerEvent, type Posting } from './posting';
export { ledgerEventTypes, nextContext, postingsOf } from './postings';
export { evolveLedgerDoc, ledgerProjection, type LedgerEntry, type LedgerStreamDoc } from './ledger-projection';
export { copyLedgerEntries, saveLedgerDocsByCopy } from './ledger-copy';
export { accountsOfKind, trialBalance, type TrialBalance, type TrialBalanceLine } from './trial-balance';
export { accountStatement, decodeStatementCursor, type AccountStatementPage, type StatementEntry } from './account-statement';

export const ledgerReadModels = [ledgerProjection] as const;
export const ledgerReadModelTables = ['ledger_entries', 'ledger_streams'] as const;
