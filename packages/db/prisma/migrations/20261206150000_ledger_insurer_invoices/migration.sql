-- Finance: the double-entry ledger (a projection of the event store, rebuildable) and insurer invoices.
-- CreateTable
CREATE TABLE "ledger_streams" (
    "stream_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "context" JSONB NOT NULL,

    CONSTRAINT "ledger_streams_pkey" PRIMARY KEY ("stream_id")
);

-- CreateTable
CREATE TABLE "ledger_entries" (
    "event_id" UUID NOT NULL,
    "leg" INTEGER NOT NULL,
    "stream_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "position" BIGINT NOT NULL,
    "event_type" TEXT NOT NULL,
    "account" TEXT NOT NULL,
    "debit" BIGINT NOT NULL,
    "credit" BIGINT NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "day" DATE NOT NULL,

    CONSTRAINT "ledger_entries_pkey" PRIMARY KEY ("event_id","leg")
);

-- CreateTable
CREATE TABLE "insurer_invoices" (
    "invoice_id" TEXT NOT NULL,
    "insurer_key" TEXT NOT NULL,
    "insurer_name" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "total" BIGINT NOT NULL,
    "paid" BIGINT NOT NULL,
    "lines" JSONB NOT NULL,
    "payments" JSONB NOT NULL,
    "line_count" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "drafted_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "insurer_invoices_pkey" PRIMARY KEY ("invoice_id")
);

-- CreateIndex
CREATE INDEX "ledger_entries_account_position_idx" ON "ledger_entries"("account", "position");

-- CreateIndex
CREATE INDEX "ledger_entries_day_idx" ON "ledger_entries"("day");

-- CreateIndex
CREATE INDEX "insurer_invoices_insurer_key_month_idx" ON "insurer_invoices"("insurer_key", "month");

-- CreateIndex
CREATE INDEX "insurer_invoices_month_idx" ON "insurer_invoices"("month");
