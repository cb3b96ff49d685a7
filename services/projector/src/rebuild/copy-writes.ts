import {
  claimDocsByCopy, copyLedgerEntries, saveClaimDocsByCopy, saveHoldRows, saveLedgerDocsByCopy, saveSettlementDocsByCopy, saveTransactionDocsByCopy,
  type DocumentProjection,
} from '@healthpay/db';
import type { CopayMarks } from './copay-marks';

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

/**
 * With the replay's `CopayMarks`, the claims' COPY writes each copay's source and the holds' save hands the marks its
 * captures, so the end has no claims to mark.
 */
const withMarks = (marks: CopayMarks): Record<string, AnyProjection['save']> => ({
  ...BY_COPY,
  prescription_claims: claimDocsByCopy(marks.paid),
  wallet_holds: async (tx, docs) => {
    await saveHoldRows(tx, docs);
    marks.stage(docs);
  },
});

/** The projections, with the COPY saves in place of their own where there is one. Only for a replay into emptied tables. */
export const withCopyWrites = (projections: readonly AnyProjection[], marks?: CopayMarks): AnyProjection[] => {
  const saves = marks ? withMarks(marks) : BY_COPY;
  return projections.map((p) => {
    const save = saves[p.name];
    return save ? { ...p, save } : p;
  });
};

/**
 * What a replay with the COPY saves writes between flushes (`ReplayOptions.early`): the history lines and claims
 * (`'changes'`: their own saves), and the ledger's entries (their streams wait for the flush).
 */
export const EARLY_COPY_WRITES: Readonly<Record<string, 'changes' | AnyProjection['save']>> = {
  wallet_transactions: 'changes',
  prescription_claims: 'changes',
  ledger_entries: copyLedgerEntries,
};
