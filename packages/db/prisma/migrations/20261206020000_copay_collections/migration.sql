-- AlterTable
ALTER TABLE "wallet_holds" ADD COLUMN     "pharmacy_id" TEXT;

-- CreateTable
CREATE TABLE "copay_collections" (
    "id" UUID NOT NULL,
    "card_id" TEXT NOT NULL,
    "prescription_id" TEXT NOT NULL,
    "open_claim_id" TEXT,
    "pharmacy_id" TEXT NOT NULL,
    "wallet_id" TEXT NOT NULL,
    "hold_id" UUID NOT NULL,
    "amount" BIGINT NOT NULL,
    "code_hash" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "status" TEXT NOT NULL,
    "channel" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "decided_at" TIMESTAMPTZ(3),

    CONSTRAINT "copay_collections_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "wallet_holds_reference_idx" ON "wallet_holds"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "copay_collections_open_claim_id_key" ON "copay_collections"("open_claim_id");

-- CreateIndex
CREATE INDEX "copay_collections_card_id_prescription_id_idx" ON "copay_collections"("card_id", "prescription_id");

-- CreateIndex
CREATE INDEX "copay_collections_wallet_id_status_idx" ON "copay_collections"("wallet_id", "status");
