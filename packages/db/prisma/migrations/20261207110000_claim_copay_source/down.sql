-- Reverts 20261207110000_claim_copay_source: reads then probe `wallet_holds` per claim again, as before.
ALTER TABLE "prescription_claims" DROP COLUMN "copay_from_wallet";
