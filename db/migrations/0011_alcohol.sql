ALTER TABLE "orders" ADD COLUMN "age_confirmed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "alcohol_percent" numeric(4, 1);--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_alcohol_percent_range" CHECK ("products"."alcohol_percent" between 0 and 100);--> statement-breakpoint
-- hand-written (alcohol)
-- The demo's drinks with alcohol get their strength (Law 44/2019, decision 0027); only where it is
-- still unknown, so running it again or on a database without the demo changes nothing.
UPDATE "products" SET "alcohol_percent" = v.pct
FROM (VALUES ('ruou-sam-ngoc-linh', 40.0), ('ruou-bau-da', 45.0), ('ruou-nep-bau-da', 40.0),
             ('vang-nho-phan-rang', 12.0), ('ruou-ngo-men-la-lung-cu', 39.0),
             ('ruou-ba-kich-ba-che', 29.0), ('ruou-sim-phu-quoc', 13.0)) AS v(slug, pct)
WHERE "products"."slug" = v.slug AND "products"."alcohol_percent" IS NULL;
