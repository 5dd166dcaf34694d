CREATE TABLE "signup_requests" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"token_hash" text,
	"name" text,
	"password_hash" text,
	"redirect_to" text DEFAULT '/' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	CONSTRAINT "signup_requests_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "signup_requests_email_normalised" CHECK ("signup_requests"."email" = lower(btrim("signup_requests"."email"))),
	CONSTRAINT "signup_requests_link_shape" CHECK (num_nonnulls("signup_requests"."token_hash", "signup_requests"."name", "signup_requests"."password_hash") in (0, 3))
);
--> statement-breakpoint
CREATE INDEX "signup_requests_email_idx" ON "signup_requests" USING btree ("email","created_at");