-- AlterTable
ALTER TABLE "users" ADD COLUMN     "date_of_birth" DATE,
ADD COLUMN     "national_id" TEXT;

-- CreateTable
CREATE TABLE "medcards" (
    "card_id" TEXT NOT NULL,
    "tier" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "monthly_limit" BIGINT NOT NULL,
    "copayment_percent" INTEGER NOT NULL,
    "holder_user_id" TEXT NOT NULL,
    "holder_name" TEXT NOT NULL,
    "holder_beneficiary_id" TEXT NOT NULL,
    "insurance_provider" TEXT,
    "insurance_policy_number" TEXT,
    "status_reason" TEXT,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL,
    "issued_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "medcards_pkey" PRIMARY KEY ("card_id")
);

-- CreateTable
CREATE TABLE "medcard_beneficiaries" (
    "card_id" TEXT NOT NULL,
    "beneficiary_id" TEXT NOT NULL,
    "relationship" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "national_id" TEXT NOT NULL,
    "date_of_birth" DATE NOT NULL,
    "gender" TEXT NOT NULL,
    "mobile" TEXT,
    "status" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "added_at" TIMESTAMPTZ(3) NOT NULL,
    "removed_at" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "medcard_beneficiaries_pkey" PRIMARY KEY ("card_id","beneficiary_id")
);

-- CreateTable
CREATE TABLE "prescription_claims" (
    "card_id" TEXT NOT NULL,
    "prescription_id" TEXT NOT NULL,
    "pharmacy_id" TEXT NOT NULL,
    "beneficiary_id" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "rejection_code" TEXT,
    "rejection_details" JSONB,
    "month" TEXT NOT NULL,
    "submitted" BIGINT NOT NULL,
    "eligible" BIGINT NOT NULL,
    "copay" BIGINT NOT NULL,
    "benefit" BIGINT NOT NULL,
    "remaining_before" BIGINT,
    "tier" TEXT,
    "copayment_percent" INTEGER,
    "overrides_used" JSONB NOT NULL DEFAULT '[]',
    "version" INTEGER NOT NULL,
    "decided_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "prescription_claims_pkey" PRIMARY KEY ("card_id","prescription_id")
);

-- CreateTable
CREATE TABLE "prescription_items" (
    "card_id" TEXT NOT NULL,
    "prescription_id" TEXT NOT NULL,
    "line_no" INTEGER NOT NULL,
    "drug_code" TEXT NOT NULL,
    "drug_name" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "unit_price" BIGINT NOT NULL,
    "total_price" BIGINT NOT NULL,
    "days_supply" INTEGER NOT NULL,
    "submitted" BIGINT NOT NULL,
    "eligible" BIGINT NOT NULL,
    "copay" BIGINT NOT NULL,
    "benefit" BIGINT NOT NULL,
    "limited_by_monthly_limit" BOOLEAN NOT NULL,
    "uncapped_benefit" BIGINT,

    CONSTRAINT "prescription_items_pkey" PRIMARY KEY ("card_id","prescription_id","line_no")
);

-- CreateTable
CREATE TABLE "insurance_claims" (
    "card_id" TEXT NOT NULL,
    "claim_id" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "amount" BIGINT NOT NULL,
    "approved_amount" BIGINT,
    "documents" JSONB NOT NULL,
    "prescription_id" TEXT,
    "filed_by_role" TEXT NOT NULL,
    "filed_by" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "rejection_reason" TEXT,
    "review_note" TEXT,
    "reviewed_by" TEXT,
    "reviewed_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL,
    "filed_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "insurance_claims_pkey" PRIMARY KEY ("card_id","claim_id")
);

-- CreateTable
CREATE TABLE "medcard_monthly_spend" (
    "card_id" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "benefit_total" BIGINT NOT NULL,
    "claim_count" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,

    CONSTRAINT "medcard_monthly_spend_pkey" PRIMARY KEY ("card_id","month")
);

-- CreateIndex
CREATE INDEX "medcards_holder_user_id_idx" ON "medcards"("holder_user_id");

-- CreateIndex
CREATE INDEX "medcards_status_idx" ON "medcards"("status");

-- CreateIndex
CREATE INDEX "prescription_claims_pharmacy_id_decided_at_idx" ON "prescription_claims"("pharmacy_id", "decided_at");

-- CreateIndex
CREATE INDEX "prescription_claims_card_id_decided_at_idx" ON "prescription_claims"("card_id", "decided_at");

-- CreateIndex
CREATE INDEX "prescription_claims_month_idx" ON "prescription_claims"("month");

-- CreateIndex
CREATE INDEX "prescription_items_drug_code_idx" ON "prescription_items"("drug_code");

-- CreateIndex
CREATE INDEX "insurance_claims_status_updated_at_idx" ON "insurance_claims"("status", "updated_at");

-- CreateIndex
CREATE INDEX "medcard_monthly_spend_month_idx" ON "medcard_monthly_spend"("month");

-- CreateIndex
CREATE UNIQUE INDEX "users_national_id_key" ON "users"("national_id");
