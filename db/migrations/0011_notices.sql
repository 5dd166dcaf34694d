CREATE TABLE "certificate_expiry_letters" (
	"certificate_id" integer PRIMARY KEY NOT NULL,
	"posted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"posted_by_user_id" integer
);
--> statement-breakpoint
CREATE TABLE "certificate_expiry_notices" (
	"id" serial PRIMARY KEY NOT NULL,
	"certificate_id" integer NOT NULL,
	"threshold_days" smallint NOT NULL,
	"recipients" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "certificate_expiry_notices_threshold" CHECK ("certificate_expiry_notices"."threshold_days" in (30, 7))
);
--> statement-breakpoint
ALTER TABLE "certificate_expiry_letters" ADD CONSTRAINT "certificate_expiry_letters_certificate_id_certificates_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."certificates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate_expiry_letters" ADD CONSTRAINT "certificate_expiry_letters_posted_by_user_id_users_id_fk" FOREIGN KEY ("posted_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate_expiry_notices" ADD CONSTRAINT "certificate_expiry_notices_certificate_id_certificates_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."certificates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "certificate_expiry_notices_once_uq" ON "certificate_expiry_notices" USING btree ("certificate_id","threshold_days");