-- Fee schedules and pharmacy settlement statements (packages/domain/src/settlement): read models only; the events are
-- on the fee-schedule:* and settlement:* streams.
-- CreateTable
CREATE TABLE "fee_schedules" (
    "stream_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "scope_key" TEXT NOT NULL,
    "percent_bps" INTEGER NOT NULL,
    "fixed_per_claim" BIGINT NOT NULL,
    "effective_from" TEXT NOT NULL,
    "set_by" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "set_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "fee_schedules_pkey" PRIMARY KEY ("stream_id","version")
);

-- CreateTable
CREATE TABLE "settlement_statements" (
    "id" TEXT NOT NULL,
    "pharmacy_id" TEXT NOT NULL,
    "period_kind" TEXT NOT NULL,
    "period_start" TEXT NOT NULL,
    "period_end" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "lines" INTEGER NOT NULL DEFAULT 0,
    "gross_benefit" BIGINT NOT NULL DEFAULT 0,
    "wallet_copay" BIGINT NOT NULL DEFAULT 0,
    "commission" BIGINT NOT NULL DEFAULT 0,
    "adjustments" BIGINT NOT NULL DEFAULT 0,
    "net_payable" BIGINT NOT NULL DEFAULT 0,
    "closed_at" TIMESTAMPTZ(3),
    "closed_by" TEXT,
    "closed_tx" BIGINT,
    "closed_position" BIGINT,
    "approved_at" TIMESTAMPTZ(3),
    "paid_at" TIMESTAMPTZ(3),
    "payout_reference" TEXT,
    "dispute_reason" TEXT,
    "updated_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "settlement_statements_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "settlement_lines" (
    "id" TEXT NOT NULL,
    "settlement_id" TEXT NOT NULL,
    "pharmacy_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "card_id" TEXT NOT NULL,
    "prescription_id" TEXT NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "benefit" BIGINT NOT NULL,
    "wallet_copay" BIGINT NOT NULL DEFAULT 0,
    "commission" BIGINT NOT NULL,
    "adjustment" BIGINT NOT NULL DEFAULT 0,
    "frozen" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "settlement_lines_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "fee_schedules_scope_key_effective_from_idx" ON "fee_schedules"("scope_key", "effective_from");

-- CreateIndex
CREATE INDEX "settlement_statements_pharmacy_id_period_start_idx" ON "settlement_statements"("pharmacy_id", "period_start");

-- CreateIndex
CREATE INDEX "settlement_statements_period_start_status_idx" ON "settlement_statements"("period_start", "status");

-- CreateIndex
CREATE INDEX "settlement_lines_settlement_id_occurred_at_idx" ON "settlement_lines"("settlement_id", "occurred_at");

-- CreateIndex
CREATE INDEX "settlement_lines_pharmacy_id_card_id_prescription_id_idx" ON "settlement_lines"("pharmacy_id", "card_id", "prescription_id");
