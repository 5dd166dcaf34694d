-- Fairs and showrooms become one entity (decision 0017): "promotions" with a kind, and one
-- catalogue table. Every record is copied before the four old tables go. Fairs keep their ids;
-- showrooms get new ids above every old id of either kind and keep their old one in
-- "legacy_id", so /admin/showrooms/<old id> can still be answered (with a redirect). Slugs are
-- copied as they are: public addresses and printed QR codes keep working.
CREATE TABLE "promotions" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"slug" text NOT NULL,
	"legacy_id" integer,
	"name_vi" text NOT NULL,
	"name_en" text,
	"province_code" text NOT NULL,
	"description_vi" text NOT NULL,
	"description_en" text,
	"cover_image" text,
	"organiser_place_code" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"venue" text,
	"starts_on" date,
	"ends_on" date,
	"commune_code" text,
	"address" text,
	"location_type" text,
	"opening_hours" text,
	"contact_phone" text,
	"contact_email" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "promotions_fair_detail" CHECK ("promotions"."kind" <> 'fair' or ("promotions"."venue" is not null and "promotions"."starts_on" is not null and "promotions"."ends_on" is not null and "promotions"."ends_on" >= "promotions"."starts_on" and "promotions"."commune_code" is null and "promotions"."address" is null and "promotions"."location_type" is null and "promotions"."opening_hours" is null and "promotions"."contact_phone" is null and "promotions"."contact_email" is null)),
	CONSTRAINT "promotions_showroom_detail" CHECK ("promotions"."kind" <> 'showroom' or ("promotions"."commune_code" is not null and "promotions"."address" is not null and "promotions"."location_type" is not null and "promotions"."opening_hours" is not null and "promotions"."venue" is null and "promotions"."starts_on" is null and "promotions"."ends_on" is null))
);
--> statement-breakpoint
CREATE TABLE "promotion_entries" (
	"promotion_id" integer NOT NULL,
	"product_id" integer NOT NULL,
	"spot_code" text,
	"featured" boolean DEFAULT false NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "promotion_entries_promotion_id_product_id_pk" PRIMARY KEY("promotion_id","product_id")
);
--> statement-breakpoint
ALTER TABLE "promotions" ADD CONSTRAINT "promotions_province_code_places_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."places"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promotions" ADD CONSTRAINT "promotions_organiser_place_code_places_code_fk" FOREIGN KEY ("organiser_place_code") REFERENCES "public"."places"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promotions" ADD CONSTRAINT "promotions_commune_code_places_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."places"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promotion_entries" ADD CONSTRAINT "promotion_entries_promotion_id_promotions_id_fk" FOREIGN KEY ("promotion_id") REFERENCES "public"."promotions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promotion_entries" ADD CONSTRAINT "promotion_entries_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "promotions_kind_slug_uq" ON "promotions" USING btree ("kind","slug");--> statement-breakpoint
CREATE UNIQUE INDEX "promotions_legacy_id_uq" ON "promotions" USING btree ("legacy_id");--> statement-breakpoint
CREATE INDEX "promotions_kind_status_starts_idx" ON "promotions" USING btree ("kind","status","starts_on");--> statement-breakpoint
CREATE INDEX "promotions_organiser_idx" ON "promotions" USING btree ("organiser_place_code");--> statement-breakpoint
CREATE INDEX "promotion_entries_product_idx" ON "promotion_entries" USING btree ("product_id");--> statement-breakpoint
INSERT INTO "promotions" ("id", "kind", "slug", "name_vi", "name_en", "province_code", "description_vi", "description_en", "cover_image", "organiser_place_code", "status", "venue", "starts_on", "ends_on", "created_at", "updated_at")
SELECT "id", 'fair', "slug", "name_vi", "name_en", "province_code", "description_vi", "description_en", "cover_image", "organiser_place_code", "status", "venue", "starts_on", "ends_on", "created_at", "updated_at"
  FROM "fairs";--> statement-breakpoint
INSERT INTO "promotions" ("id", "kind", "slug", "legacy_id", "name_vi", "name_en", "province_code", "description_vi", "description_en", "cover_image", "organiser_place_code", "status", "commune_code", "address", "location_type", "opening_hours", "contact_phone", "contact_email", "created_at", "updated_at")
SELECT greatest((SELECT coalesce(max("id"), 0) FROM "fairs"), (SELECT coalesce(max("id"), 0) FROM "showrooms")) + row_number() OVER (ORDER BY "id"),
       'showroom', "slug", "id", "name_vi", "name_en", "province_code", "description_vi", "description_en", "cover_image", "organiser_place_code", "status", "commune_code", "address", "location_type", "opening_hours", "contact_phone", "contact_email", "created_at", "updated_at"
  FROM "showrooms";--> statement-breakpoint
INSERT INTO "promotion_entries" ("promotion_id", "product_id", "spot_code", "featured", "position", "added_at")
SELECT "fair_id", "product_id", "booth_code", "featured", "position", "added_at" FROM "fair_products";--> statement-breakpoint
INSERT INTO "promotion_entries" ("promotion_id", "product_id", "spot_code", "featured", "position", "added_at")
SELECT p."id", e."product_id", e."shelf_code", e."featured", e."position", e."added_at"
  FROM "showroom_products" e JOIN "promotions" p ON p."kind" = 'showroom' AND p."legacy_id" = e."showroom_id";--> statement-breakpoint
SELECT setval(pg_get_serial_sequence('"promotions"', 'id'), coalesce((SELECT max("id") FROM "promotions"), 0) + 1, false);--> statement-breakpoint
DROP TABLE "fair_products";--> statement-breakpoint
DROP TABLE "showroom_products";--> statement-breakpoint
DROP TABLE "fairs";--> statement-breakpoint
DROP TABLE "showrooms";
