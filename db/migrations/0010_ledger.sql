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
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_producer_id_producers_id_fk" FOREIGN KEY ("producer_id") REFERENCES "public"."producers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_order_part_id_order_parts_id_fk" FOREIGN KEY ("order_part_id") REFERENCES "public"."order_parts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ledger_entries_producer_period_idx" ON "ledger_entries" USING btree ("producer_id","period");--> statement-breakpoint
CREATE INDEX "ledger_entries_part_idx" ON "ledger_entries" USING btree ("order_part_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_entries_one_payout_uq" ON "ledger_entries" USING btree ("producer_id","period") WHERE "ledger_entries"."kind" = 'payout';--> statement-breakpoint
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
