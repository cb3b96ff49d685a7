-- Reverts 20261206160000_settlements. The tables are read models: migrating forward again and rebuilding the
-- projections restores them from the fee-schedule:*, settlement:* and card streams.
DROP TABLE IF EXISTS "settlement_lines";
DROP TABLE IF EXISTS "settlement_statements";
DROP TABLE IF EXISTS "fee_schedules";
