ALTER TABLE "producers" ADD COLUMN "free_shipping_from_vnd" integer;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "packed_weight_grams" integer DEFAULT 500 NOT NULL;--> statement-breakpoint
ALTER TABLE "producers" ADD CONSTRAINT "producers_free_shipping_positive" CHECK ("producers"."free_shipping_from_vnd" is null or "producers"."free_shipping_from_vnd" > 0);--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_packed_weight_range" CHECK ("products"."packed_weight_grams" between 1 and 50000);