export { demoMedCards, demoPharmacies, demoUsers, demoWallets } from '../seed/demo-data';
/** Ledger specs: random command sequences through the real deciders, as an in-memory feed. */
export { play as playLedgerWorld, type Op as LedgerOp } from '../read-models/ledger/testing/play';
/** Specs: project (or read the feed for) everything committed before the call, even while another spec file's transaction is open. */
export { catchUpCommitted, untilEarlierTransactionsEnd } from './catch-up-committed';
/** Copay specs: two projector transactions, each a claim and the capture of the other card's copay, made to cross. */
export { crossedCopays } from '../read-models/medcards/testing/crossed-copays';
