-- CreateTable
CREATE TABLE "payments" (
    "payment_id" UUID NOT NULL,
    "wallet_id" TEXT NOT NULL,
    "owner_id" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "amount" BIGINT NOT NULL,
    "credited" BIGINT NOT NULL,
    "refunded" BIGINT NOT NULL,
    "refund_pending" BIGINT NOT NULL,
    "provider_order_id" TEXT,
    "provider_reference" TEXT,
    "checkout_url" TEXT,
    "flags" TEXT[],
    "failure_reason" TEXT,
    "review_amount" BIGINT,
    "review_transaction_id" TEXT,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "requested_at" TIMESTAMPTZ(3) NOT NULL,
    "succeeded_at" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL,

    CONSTRAINT "payments_pkey" PRIMARY KEY ("payment_id")
);

-- CreateTable
CREATE TABLE "payment_notifications" (
    "event_id" UUID NOT NULL,
    "payment_id" UUID,
    "provider" TEXT NOT NULL,
    "notification_key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "amount" BIGINT NOT NULL,
    "provider_transaction_id" TEXT,
    "detail" TEXT NOT NULL,
    "matched" BOOLEAN NOT NULL,
    "merchant_reference" TEXT,
    "provider_order_id" TEXT,
    "unmatched_reason" TEXT,
    "received_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "payment_notifications_pkey" PRIMARY KEY ("event_id")
);

-- CreateTable
CREATE TABLE "payment_refunds" (
    "refund_id" UUID NOT NULL,
    "payment_id" UUID NOT NULL,
    "wallet_id" TEXT NOT NULL,
    "amount" BIGINT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "failure_reason" TEXT,
    "provider_transaction_id" TEXT,
    "requested_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL,

    CONSTRAINT "payment_refunds_pkey" PRIMARY KEY ("refund_id")
);

-- CreateIndex
CREATE INDEX "payments_owner_id_requested_at_idx" ON "payments"("owner_id", "requested_at" DESC);

-- CreateIndex
CREATE INDEX "payments_status_requested_at_idx" ON "payments"("status", "requested_at");

-- CreateIndex
CREATE INDEX "payments_provider_provider_order_id_idx" ON "payments"("provider", "provider_order_id");

-- CreateIndex
CREATE INDEX "payments_provider_provider_reference_idx" ON "payments"("provider", "provider_reference");

-- CreateIndex
CREATE INDEX "payment_notifications_payment_id_received_at_idx" ON "payment_notifications"("payment_id", "received_at");

-- CreateIndex
CREATE INDEX "payment_notifications_matched_received_at_idx" ON "payment_notifications"("matched", "received_at");

-- CreateIndex
CREATE INDEX "payment_refunds_payment_id_requested_at_idx" ON "payment_refunds"("payment_id", "requested_at");
