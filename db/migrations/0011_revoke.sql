CREATE TABLE "certificate_entries" (
	"id" serial PRIMARY KEY NOT NULL,
	"product_id" integer NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"certificate_id" integer,
	"decision" jsonb,
	"revoke_decision_number" text,
	"revoke_decision_date" date,
	"revoke_issuing_body" text,
	"revoke_issuing_level" text,
	"revoke_ground_basis" text,
	"revoke_ground_code" text,
	"revoke_note" text,
	"direct" boolean DEFAULT false NOT NULL,
	"prepared_by_id" integer NOT NULL,
	"prepared_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by_id" integer,
	"decided_at" timestamp with time zone,
	"return_reason" text,
	CONSTRAINT "certificate_entries_revocation_shape" CHECK ("certificate_entries"."kind" <> 'revocation' or ("certificate_entries"."certificate_id" is not null and "certificate_entries"."revoke_decision_number" is not null and "certificate_entries"."revoke_decision_date" is not null and "certificate_entries"."revoke_issuing_body" is not null and "certificate_entries"."revoke_issuing_level" is not null and "certificate_entries"."revoke_ground_basis" is not null and "certificate_entries"."revoke_ground_code" is not null)),
	CONSTRAINT "certificate_entries_decision_shape" CHECK ("certificate_entries"."kind" <> 'decision' or "certificate_entries"."decision" is not null),
	CONSTRAINT "certificate_entries_decided" CHECK ("certificate_entries"."status" = 'prepared' or ("certificate_entries"."decided_by_id" is not null and "certificate_entries"."decided_at" is not null)),
	CONSTRAINT "certificate_entries_returned_reason" CHECK ("certificate_entries"."status" <> 'returned' or "certificate_entries"."return_reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "revocation_grounds" (
	"legal_basis_code" text NOT NULL,
	"code" text NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"sort_order" smallint DEFAULT 0 NOT NULL,
	CONSTRAINT "revocation_grounds_legal_basis_code_code_pk" PRIMARY KEY("legal_basis_code","code")
);
--> statement-breakpoint
ALTER TABLE "certificate_entries" ADD CONSTRAINT "certificate_entries_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate_entries" ADD CONSTRAINT "certificate_entries_certificate_id_certificates_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."certificates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate_entries" ADD CONSTRAINT "certificate_entries_prepared_by_id_users_id_fk" FOREIGN KEY ("prepared_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate_entries" ADD CONSTRAINT "certificate_entries_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate_entries" ADD CONSTRAINT "certificate_entries_ground_fk" FOREIGN KEY ("revoke_ground_basis","revoke_ground_code") REFERENCES "public"."revocation_grounds"("legal_basis_code","code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revocation_grounds" ADD CONSTRAINT "revocation_grounds_legal_basis_code_legal_bases_code_fk" FOREIGN KEY ("legal_basis_code") REFERENCES "public"."legal_bases"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "certificate_entries_one_open_uq" ON "certificate_entries" USING btree ("product_id") WHERE "certificate_entries"."status" = 'prepared';--> statement-breakpoint
CREATE UNIQUE INDEX "certificate_entries_one_revocation_uq" ON "certificate_entries" USING btree ("certificate_id") WHERE "certificate_entries"."kind" = 'revocation' and "certificate_entries"."status" = 'confirmed';--> statement-breakpoint
CREATE INDEX "certificate_entries_product_idx" ON "certificate_entries" USING btree ("product_id");--> statement-breakpoint
CREATE INDEX "certificate_entries_status_idx" ON "certificate_entries" USING btree ("status");