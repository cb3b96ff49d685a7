import {
  copyLedgerEntries, saveClaimDocsByCopy, saveHoldRows, saveLedgerDocsByCopy, saveSettlementDocsByCopy, saveTransactionDocsByCopy, type DocumentProjection,
} from '@healthpay/db';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a heterogeneous list of document types
type AnyProjection = DocumentProjection<any>;

/** Saves that write the same rows with COPY, for tables a rebuild emptied (each falls back to the projection's own save). */
const BY_COPY: Record<string, AnyProjection['save']> = {
  ledger_entries: saveLedgerDocsByCopy,
  wallet_transactions: saveTransactionDocsByCopy,
  prescription_claims: saveClaimDocsByCopy,
  // The rest lane's: each batch's new lines (the open statements and the freeze around them as in the projection's save).
  settlement_lines: saveSettlementDocsByCopy,
  // Not COPY: the holds without marking the claims their copays paid (nor the cards' lock that takes); the claims' COPY
  // does not look them up either: `restoreDeferredIndexes` marks them all once the replay is done.
  wallet_holds: saveHoldRows,
};

/** The projections, with the COPY saves in place of their own where there is one. Only for a replay into emptied tables. */
export const withCopyWrites = (projections: readonly AnyProjection[]): AnyProjection[] =>
  projections.map((p) => {
    const save = BY_COPY[p.name];
    return save ? { ...p, save } : p;
  });

/**
 * What a replay with the COPY saves writes between flushes (`ReplayOptions.early`): the history lines and claims
 * (`'changes'`: their own saves), and the ledger's entries (their streams wait for the flush).
 */
export const EARLY_COPY_WRITES: Readonly<Record<string, 'changes' | AnyProjection['save']>> = {
  wallet_transactions: 'changes',
  prescription_claims: 'changes',
  ledger_entries: copyLedgerEntries,
};
