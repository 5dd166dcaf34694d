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
ALTER TABLE "orders" ALTER COLUMN "buyer_email" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "order_access_grants" ADD CONSTRAINT "order_access_grants_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "order_access_grants_token_order_uq" ON "order_access_grants" USING btree ("token_hash","order_id");--> statement-breakpoint
CREATE INDEX "order_access_grants_expires_idx" ON "order_access_grants" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "order_lookup_failures_number_idx" ON "order_lookup_failures" USING btree ("order_number","created_at");--> statement-breakpoint
CREATE INDEX "order_lookup_failures_ip_idx" ON "order_lookup_failures" USING btree ("ip","created_at");