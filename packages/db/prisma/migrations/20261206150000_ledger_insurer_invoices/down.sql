-- Reverts 20261206150000_ledger_insurer_invoices. The ledger is a projection (a rebuild restores it); insurer
-- invoices live in the event store, so only their read model goes.
DROP TABLE "insurer_invoices";
DROP TABLE "ledger_entries";
DROP TABLE "ledger_streams";
