CREATE TABLE "bank_transfers" (
	"order_part_id" integer PRIMARY KEY NOT NULL,
	"order_id" integer NOT NULL,
	"status" text DEFAULT 'awaiting' NOT NULL,
	"bank_bin" text NOT NULL,
	"account_number" text NOT NULL,
	"account_holder" text NOT NULL,
	"amount_vnd" integer NOT NULL,
	"memo" text NOT NULL,
	"reminded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bank_transfers_amount_positive" CHECK ("bank_transfers"."amount_vnd" > 0)
);
--> statement-breakpoint
CREATE TABLE "ledger_entries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"producer_id" integer NOT NULL,
	"order_part_id" integer,
	"kind" text NOT NULL,
	"amount_vnd" bigint NOT NULL,
	"provider" text,
	"period" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"reference" text NOT NULL,
	"paid_on" date,
	"bank_reference" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledger_entries_reference_unique" UNIQUE("reference"),
	CONSTRAINT "ledger_entries_period_shape" CHECK ("ledger_entries"."period" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
	CONSTRAINT "ledger_entries_provider_known" CHECK ("ledger_entries"."provider" is null or "ledger_entries"."provider" in ('card', 'vnpay')),
	CONSTRAINT "ledger_entries_sign" CHECK (case "ledger_entries"."kind"
            when 'sale' then "ledger_entries"."amount_vnd" > 0
            when 'refund' then "ledger_entries"."amount_vnd" < 0
            when 'platform_fee' then "ledger_entries"."amount_vnd" <= 0
            when 'fee_refund' then "ledger_entries"."amount_vnd" >= 0
            when 'payout' then "ledger_entries"."amount_vnd" < 0
            else "ledger_entries"."amount_vnd" <> 0 end),
	CONSTRAINT "ledger_entries_shape" CHECK (case when "ledger_entries"."kind" in ('sale', 'refund', 'platform_fee', 'fee_refund')
                 then "ledger_entries"."order_part_id" is not null and "ledger_entries"."provider" is not null
               when "ledger_entries"."kind" = 'payout'
                 then "ledger_entries"."paid_on" is not null and "ledger_entries"."bank_reference" is not null
               else "ledger_entries"."note" is not null end)
);
--> statement-breakpoint
CREATE TABLE "order_access_grants" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"order_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "order_lookup_failures" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"order_number" text NOT NULL,
	"ip" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "producer_bank_accounts" (
	"producer_id" integer PRIMARY KEY NOT NULL,
	"bank_bin" text NOT NULL,
	"account_number" text NOT NULL,
	"account_holder" text NOT NULL,
	"updated_by_user_id" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "producer_bank_accounts_bin_shape" CHECK ("producer_bank_accounts"."bank_bin" ~ '^[0-9]{6}$'),
	CONSTRAINT "producer_bank_accounts_number_shape" CHECK ("producer_bank_accounts"."account_number" ~ '^[0-9]{6,19}$'),
	CONSTRAINT "producer_bank_accounts_holder_shape" CHECK ("producer_bank_accounts"."account_holder" ~ '^[A-Z0-9][A-Z0-9 .,&()/-]{1,69}$')
);
--> statement-breakpoint
CREATE TABLE "vnpay_notifications" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"dedupe_key" text NOT NULL,
	"txn_ref" text NOT NULL,
	"answer" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vnpay_notifications_dedupe_key_unique" UNIQUE("dedupe_key")
);
--> statement-breakpoint
CREATE TABLE "vnpay_payment_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"order_id" integer NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"notification_id" bigint,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vnpay_payments" (
	"order_id" integer PRIMARY KEY NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"txn_ref" text NOT NULL,
	"amount_vnd" integer NOT NULL,
	"create_date" text NOT NULL,
	"transaction_no" text,
	"bank_code" text,
	"pay_date" text,
	"lang" text DEFAULT 'vi' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vnpay_payments_txn_ref_unique" UNIQUE("txn_ref"),
	CONSTRAINT "vnpay_payments_amount_positive" CHECK ("vnpay_payments"."amount_vnd" > 0)
);
--> statement-breakpoint
CREATE TABLE "vnpay_refunds" (
	"id" serial PRIMARY KEY NOT NULL,
	"order_id" integer NOT NULL,
	"order_part_id" integer NOT NULL,
	"amount_vnd" integer NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"vnpay_transaction_no" text,
	"attempts" smallint DEFAULT 0 NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vnpay_refunds_order_part_id_unique" UNIQUE("order_part_id"),
	CONSTRAINT "vnpay_refunds_amount_positive" CHECK ("vnpay_refunds"."amount_vnd" > 0)
);
--> statement-breakpoint
ALTER TABLE "orders" ALTER COLUMN "buyer_email" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "html_body" text;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "attachments" jsonb;--> statement-breakpoint
ALTER TABLE "order_events" ADD COLUMN "details" jsonb;--> statement-breakpoint
ALTER TABLE "order_parts" ADD COLUMN "delivery_failure_reason" text;--> statement-breakpoint
ALTER TABLE "order_parts" ADD COLUMN "restocked" boolean;--> statement-breakpoint
ALTER TABLE "producers" ADD COLUMN "free_shipping_from_vnd" integer;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "packed_weight_grams" integer DEFAULT 500 NOT NULL;--> statement-breakpoint
ALTER TABLE "bank_transfers" ADD CONSTRAINT "bank_transfers_order_part_id_order_parts_id_fk" FOREIGN KEY ("order_part_id") REFERENCES "public"."order_parts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_transfers" ADD CONSTRAINT "bank_transfers_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_producer_id_producers_id_fk" FOREIGN KEY ("producer_id") REFERENCES "public"."producers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_order_part_id_order_parts_id_fk" FOREIGN KEY ("order_part_id") REFERENCES "public"."order_parts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_access_grants" ADD CONSTRAINT "order_access_grants_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "producer_bank_accounts" ADD CONSTRAINT "producer_bank_accounts_producer_id_producers_id_fk" FOREIGN KEY ("producer_id") REFERENCES "public"."producers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "producer_bank_accounts" ADD CONSTRAINT "producer_bank_accounts_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vnpay_payment_events" ADD CONSTRAINT "vnpay_payment_events_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vnpay_payments" ADD CONSTRAINT "vnpay_payments_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vnpay_refunds" ADD CONSTRAINT "vnpay_refunds_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vnpay_refunds" ADD CONSTRAINT "vnpay_refunds_order_part_id_order_parts_id_fk" FOREIGN KEY ("order_part_id") REFERENCES "public"."order_parts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bank_transfers_order_idx" ON "bank_transfers" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "bank_transfers_awaiting_idx" ON "bank_transfers" USING btree ("created_at") WHERE "bank_transfers"."status" = 'awaiting';--> statement-breakpoint
CREATE INDEX "ledger_entries_producer_period_idx" ON "ledger_entries" USING btree ("producer_id","period");--> statement-breakpoint
CREATE INDEX "ledger_entries_part_idx" ON "ledger_entries" USING btree ("order_part_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_entries_one_payout_uq" ON "ledger_entries" USING btree ("producer_id","period") WHERE "ledger_entries"."kind" = 'payout';--> statement-breakpoint
CREATE UNIQUE INDEX "order_access_grants_token_order_uq" ON "order_access_grants" USING btree ("token_hash","order_id");--> statement-breakpoint
CREATE INDEX "order_access_grants_expires_idx" ON "order_access_grants" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "order_lookup_failures_number_idx" ON "order_lookup_failures" USING btree ("order_number","created_at");--> statement-breakpoint
CREATE INDEX "order_lookup_failures_ip_idx" ON "order_lookup_failures" USING btree ("ip","created_at");--> statement-breakpoint
CREATE INDEX "vnpay_payment_events_order_idx" ON "vnpay_payment_events" USING btree ("order_id","id");--> statement-breakpoint
CREATE INDEX "vnpay_payments_pending_idx" ON "vnpay_payments" USING btree ("created_at") WHERE "vnpay_payments"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "vnpay_refunds_pending_idx" ON "vnpay_refunds" USING btree ("id") WHERE "vnpay_refunds"."status" = 'pending';--> statement-breakpoint
ALTER TABLE "producers" ADD CONSTRAINT "producers_free_shipping_positive" CHECK ("producers"."free_shipping_from_vnd" is null or "producers"."free_shipping_from_vnd" > 0);--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_packed_weight_range" CHECK ("products"."packed_weight_grams" between 1 and 50000);--> statement-breakpoint
-- hand-written (ledger)
-- Ledger entries are immutable: corrections are new entries (decision 0024).
CREATE OR REPLACE FUNCTION ledger_entries_immutable() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'ledger_entries are immutable: % refused (book a correction instead)', TG_OP
    USING ERRCODE = 'restrict_violation';
END
$$;
--> statement-breakpoint
CREATE TRIGGER ledger_entries_no_update_delete BEFORE UPDATE OR DELETE ON "ledger_entries"
  FOR EACH ROW EXECUTE FUNCTION ledger_entries_immutable();
--> statement-breakpoint
CREATE TRIGGER ledger_entries_no_truncate BEFORE TRUNCATE ON "ledger_entries"
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_entries_immutable();


