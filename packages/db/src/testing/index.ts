export { demoMedCards, demoPharmacies, demoUsers, demoWallets } from '../seed/demo-data';
/** Ledger specs: random command sequences through the real deciders, as an in-memory feed. */
export { play as playLedgerWorld, type Op as LedgerOp } from '../read-models/ledger/testing/play';
