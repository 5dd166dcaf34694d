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
ALTER TABLE "mail_outbox" ADD COLUMN "html_body" text;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "attachments" jsonb;--> statement-breakpoint
ALTER TABLE "bank_transfers" ADD CONSTRAINT "bank_transfers_order_part_id_order_parts_id_fk" FOREIGN KEY ("order_part_id") REFERENCES "public"."order_parts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_transfers" ADD CONSTRAINT "bank_transfers_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "producer_bank_accounts" ADD CONSTRAINT "producer_bank_accounts_producer_id_producers_id_fk" FOREIGN KEY ("producer_id") REFERENCES "public"."producers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "producer_bank_accounts" ADD CONSTRAINT "producer_bank_accounts_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bank_transfers_order_idx" ON "bank_transfers" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "bank_transfers_awaiting_idx" ON "bank_transfers" USING btree ("created_at") WHERE "bank_transfers"."status" = 'awaiting';