import { router } from '../../trpc';
import { getAccountStatement } from './account-statement';
import { listAccounts } from './list-accounts';
import { getTrialBalance } from './trial-balance';

/** The double-entry ledger, read by finance (docs/finance.md). */
export const ledgerRouter = router({
  trialBalance: getTrialBalance,
  accounts: listAccounts,
  statement: getAccountStatement,
});
