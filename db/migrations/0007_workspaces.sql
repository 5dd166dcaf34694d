CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"actor_user_id" integer,
	"actor_email" text NOT NULL,
	"actor_role" text NOT NULL,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"province_code" text,
	"commune_code" text,
	"before" jsonb,
	"after" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "card_refunds" (
	"id" serial PRIMARY KEY NOT NULL,
	"order_id" integer NOT NULL,
	"order_part_id" integer NOT NULL,
	"amount_vnd" integer NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"stripe_refund_id" text,
	"attempts" smallint DEFAULT 0 NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "card_refunds_order_part_id_unique" UNIQUE("order_part_id"),
	CONSTRAINT "card_refunds_amount_positive" CHECK ("card_refunds"."amount_vnd" > 0)
);
--> statement-breakpoint
CREATE TABLE "fair_products" (
	"fair_id" integer NOT NULL,
	"product_id" integer NOT NULL,
	"booth_code" text,
	"featured" boolean DEFAULT false NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fair_products_fair_id_product_id_pk" PRIMARY KEY("fair_id","product_id")
);
--> statement-breakpoint
CREATE TABLE "fairs" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text,
	"venue" text NOT NULL,
	"province_code" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"description_vi" text NOT NULL,
	"description_en" text,
	"cover_image" text,
	"organiser_place_code" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fairs_slug_unique" UNIQUE("slug"),
	CONSTRAINT "fairs_dates_order" CHECK ("fairs"."ends_on" >= "fairs"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "showroom_products" (
	"showroom_id" integer NOT NULL,
	"product_id" integer NOT NULL,
	"shelf_code" text,
	"featured" boolean DEFAULT false NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "showroom_products_showroom_id_product_id_pk" PRIMARY KEY("showroom_id","product_id")
);
--> statement-breakpoint
CREATE TABLE "showrooms" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text,
	"province_code" text NOT NULL,
	"commune_code" text NOT NULL,
	"address" text NOT NULL,
	"location_type" text NOT NULL,
	"opening_hours" text NOT NULL,
	"contact_phone" text,
	"contact_email" text,
	"description_vi" text NOT NULL,
	"description_en" text,
	"cover_image" text,
	"organiser_place_code" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "showrooms_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "order_parts" ADD COLUMN "carrier" text;--> statement-breakpoint
ALTER TABLE "order_parts" ADD COLUMN "tracking_number" text;--> statement-breakpoint
ALTER TABLE "order_parts" ADD COLUMN "cancel_reason" text;--> statement-breakpoint
ALTER TABLE "password_reset_tokens" ADD COLUMN "purpose" text DEFAULT 'reset' NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "card_refunds" ADD CONSTRAINT "card_refunds_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "card_refunds" ADD CONSTRAINT "card_refunds_order_part_id_order_parts_id_fk" FOREIGN KEY ("order_part_id") REFERENCES "public"."order_parts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_products" ADD CONSTRAINT "fair_products_fair_id_fairs_id_fk" FOREIGN KEY ("fair_id") REFERENCES "public"."fairs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_products" ADD CONSTRAINT "fair_products_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fairs" ADD CONSTRAINT "fairs_province_code_places_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."places"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fairs" ADD CONSTRAINT "fairs_organiser_place_code_places_code_fk" FOREIGN KEY ("organiser_place_code") REFERENCES "public"."places"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "showroom_products" ADD CONSTRAINT "showroom_products_showroom_id_showrooms_id_fk" FOREIGN KEY ("showroom_id") REFERENCES "public"."showrooms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "showroom_products" ADD CONSTRAINT "showroom_products_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "showrooms" ADD CONSTRAINT "showrooms_province_code_places_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."places"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "showrooms" ADD CONSTRAINT "showrooms_commune_code_places_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."places"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "showrooms" ADD CONSTRAINT "showrooms_organiser_place_code_places_code_fk" FOREIGN KEY ("organiser_place_code") REFERENCES "public"."places"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_created_idx" ON "audit_log" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_user_id","created_at");--> statement-breakpoint
CREATE INDEX "audit_log_province_idx" ON "audit_log" USING btree ("province_code","created_at");--> statement-breakpoint
CREATE INDEX "card_refunds_pending_idx" ON "card_refunds" USING btree ("id") WHERE "card_refunds"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "fair_products_product_idx" ON "fair_products" USING btree ("product_id");--> statement-breakpoint
CREATE INDEX "fairs_status_dates_idx" ON "fairs" USING btree ("status","starts_on");--> statement-breakpoint
CREATE INDEX "fairs_organiser_idx" ON "fairs" USING btree ("organiser_place_code");--> statement-breakpoint
CREATE INDEX "showroom_products_product_idx" ON "showroom_products" USING btree ("product_id");--> statement-breakpoint
CREATE INDEX "showrooms_status_idx" ON "showrooms" USING btree ("status");--> statement-breakpoint
CREATE INDEX "showrooms_organiser_idx" ON "showrooms" USING btree ("organiser_place_code");