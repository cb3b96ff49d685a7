-- Reverts 20261206030000_payments. The three tables are read models of the payment events (rebuilt after
-- migrating forward again).
DROP TABLE IF EXISTS "payment_refunds";
DROP TABLE IF EXISTS "payment_notifications";
DROP TABLE IF EXISTS "payments";
