CREATE TABLE "certificates" (
	"id" serial PRIMARY KEY NOT NULL,
	"product_id" integer NOT NULL,
	"stars" smallint NOT NULL,
	"score" smallint,
	"decision_number" text NOT NULL,
	"decision_date" date NOT NULL,
	"issuing_level" text NOT NULL,
	"issuing_body" text NOT NULL,
	"legal_basis_code" text NOT NULL,
	"valid_until" date GENERATED ALWAYS AS (((decision_date + interval '36 months')::date)) STORED NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_reason" text,
	"superseded_by_id" integer,
	"address_printed" text,
	"legacy_place_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "certificates_stars_range" CHECK ("certificates"."stars" between 1 and 5),
	CONSTRAINT "certificates_score_band" CHECK ("certificates"."score" is null or ("certificates"."score" between 0 and 100 and "certificates"."stars" = case when "certificates"."score" >= 90 then 5 when "certificates"."score" >= 70 then 4 when "certificates"."score" >= 50 then 3 when "certificates"."score" >= 30 then 2 else 1 end)),
	CONSTRAINT "certificates_revoked_reason" CHECK ("certificates"."status" <> 'revoked' or "certificates"."revoked_reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "legacy_places" (
	"id" text PRIMARY KEY NOT NULL,
	"level" text NOT NULL,
	"name" text NOT NULL,
	"parent_id" text,
	"current_province_code" text,
	"current_commune_code" text
);
--> statement-breakpoint
CREATE TABLE "legal_bases" (
	"code" text PRIMARY KEY NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"effective_from" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "places" (
	"code" text PRIMARY KEY NOT NULL,
	"level" text NOT NULL,
	"name" text NOT NULL,
	"short_name" text NOT NULL,
	"unit_type" text NOT NULL,
	"parent_code" text,
	"province_code" text NOT NULL,
	"slug" text NOT NULL,
	CONSTRAINT "places_code_shape" CHECK (("places"."level" = 'province' and "places"."code" ~ '^[0-9]{2}$') or ("places"."level" = 'commune' and "places"."code" ~ '^[0-9]{5}$'))
);
--> statement-breakpoint
CREATE TABLE "producers" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"legal_form" text NOT NULL,
	"commune_code" text NOT NULL,
	"province_code" text NOT NULL,
	"address_printed" text NOT NULL,
	"story_vi" text NOT NULL,
	"story_en" text,
	"representative" text,
	"phone" text,
	"email" text,
	"website" text,
	"status" text DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "producers_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "product_groups" (
	"id" serial PRIMARY KEY NOT NULL,
	"legal_basis_code" text NOT NULL,
	"code" text NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"sort_order" smallint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "product_sets" (
	"id" serial PRIMARY KEY NOT NULL,
	"group_id" integer NOT NULL,
	"code" text NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"sort_order" smallint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "products" (
	"id" serial PRIMARY KEY NOT NULL,
	"producer_id" integer NOT NULL,
	"slug" text NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text,
	"product_set_id" integer NOT NULL,
	"description_vi" text NOT NULL,
	"description_en" text,
	"unit_vi" text NOT NULL,
	"unit_en" text,
	"price_vnd" integer NOT NULL,
	"stock" integer DEFAULT 0 NOT NULL,
	"images" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"listing_status" text DEFAULT 'listed' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "products_slug_unique" UNIQUE("slug"),
	CONSTRAINT "products_price_nonneg" CHECK ("products"."price_vnd" >= 0),
	CONSTRAINT "products_stock_nonneg" CHECK ("products"."stock" >= 0)
);
--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_legal_basis_code_legal_bases_code_fk" FOREIGN KEY ("legal_basis_code") REFERENCES "public"."legal_bases"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_superseded_by_id_certificates_id_fk" FOREIGN KEY ("superseded_by_id") REFERENCES "public"."certificates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_legacy_place_id_legacy_places_id_fk" FOREIGN KEY ("legacy_place_id") REFERENCES "public"."legacy_places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legacy_places" ADD CONSTRAINT "legacy_places_parent_id_legacy_places_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."legacy_places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legacy_places" ADD CONSTRAINT "legacy_places_current_province_code_places_code_fk" FOREIGN KEY ("current_province_code") REFERENCES "public"."places"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legacy_places" ADD CONSTRAINT "legacy_places_current_commune_code_places_code_fk" FOREIGN KEY ("current_commune_code") REFERENCES "public"."places"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "places" ADD CONSTRAINT "places_parent_code_places_code_fk" FOREIGN KEY ("parent_code") REFERENCES "public"."places"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "producers" ADD CONSTRAINT "producers_commune_code_places_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."places"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "producers" ADD CONSTRAINT "producers_province_code_places_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."places"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_groups" ADD CONSTRAINT "product_groups_legal_basis_code_legal_bases_code_fk" FOREIGN KEY ("legal_basis_code") REFERENCES "public"."legal_bases"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_sets" ADD CONSTRAINT "product_sets_group_id_product_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."product_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_producer_id_producers_id_fk" FOREIGN KEY ("producer_id") REFERENCES "public"."producers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_product_set_id_product_sets_id_fk" FOREIGN KEY ("product_set_id") REFERENCES "public"."product_sets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "certificates_one_active_uq" ON "certificates" USING btree ("product_id") WHERE "certificates"."status" = 'active';--> statement-breakpoint
CREATE INDEX "certificates_product_idx" ON "certificates" USING btree ("product_id");--> statement-breakpoint
CREATE INDEX "certificates_decision_idx" ON "certificates" USING btree ("decision_number");--> statement-breakpoint
CREATE INDEX "legacy_places_parent_idx" ON "legacy_places" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "places_parent_idx" ON "places" USING btree ("parent_code");--> statement-breakpoint
CREATE INDEX "places_province_idx" ON "places" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "producers_commune_idx" ON "producers" USING btree ("commune_code");--> statement-breakpoint
CREATE INDEX "producers_province_idx" ON "producers" USING btree ("province_code");--> statement-breakpoint
CREATE UNIQUE INDEX "product_groups_basis_code_uq" ON "product_groups" USING btree ("legal_basis_code","code");--> statement-breakpoint
CREATE UNIQUE INDEX "product_sets_group_code_uq" ON "product_sets" USING btree ("group_id","code");--> statement-breakpoint
CREATE INDEX "product_sets_group_idx" ON "product_sets" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "products_producer_idx" ON "products" USING btree ("producer_id");--> statement-breakpoint
CREATE INDEX "products_set_idx" ON "products" USING btree ("product_set_id");--> statement-breakpoint
CREATE INDEX "products_created_idx" ON "products" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "products_price_idx" ON "products" USING btree ("price_vnd");