ALTER TABLE "order_events" ADD COLUMN "details" jsonb;--> statement-breakpoint
ALTER TABLE "order_parts" ADD COLUMN "delivery_failure_reason" text;--> statement-breakpoint
ALTER TABLE "order_parts" ADD COLUMN "restocked" boolean;