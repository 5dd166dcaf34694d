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
ALTER TABLE "certificates" DROP CONSTRAINT "certificates_score_band";--> statement-breakpoint
ALTER TABLE "certificates" ALTER COLUMN "decision_number" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "achieved" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "proposed_for_five" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "legal_bases" ADD COLUMN "document_number" text;--> statement-breakpoint
ALTER TABLE "legal_bases" ADD COLUMN "signed_on" date;--> statement-breakpoint
ALTER TABLE "legal_bases" ADD COLUMN "text_kind" text DEFAULT 'criteria' NOT NULL;--> statement-breakpoint
ALTER TABLE "legal_bases" ADD COLUMN "source" text;--> statement-breakpoint
ALTER TABLE "legal_bases" ADD COLUMN "source_kind" text DEFAULT 'secondary' NOT NULL;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "age_confirmed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "product_sets" ADD COLUMN "subgroup_vi" text;--> statement-breakpoint
ALTER TABLE "product_sets" ADD COLUMN "subgroup_en" text;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "alcohol_percent" numeric(4, 1);--> statement-breakpoint
ALTER TABLE "certificate_entries" ADD CONSTRAINT "certificate_entries_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate_entries" ADD CONSTRAINT "certificate_entries_certificate_id_certificates_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."certificates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate_entries" ADD CONSTRAINT "certificate_entries_prepared_by_id_users_id_fk" FOREIGN KEY ("prepared_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate_entries" ADD CONSTRAINT "certificate_entries_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate_entries" ADD CONSTRAINT "certificate_entries_ground_fk" FOREIGN KEY ("revoke_ground_basis","revoke_ground_code") REFERENCES "public"."revocation_grounds"("legal_basis_code","code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate_expiry_letters" ADD CONSTRAINT "certificate_expiry_letters_certificate_id_certificates_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."certificates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate_expiry_letters" ADD CONSTRAINT "certificate_expiry_letters_posted_by_user_id_users_id_fk" FOREIGN KEY ("posted_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate_expiry_notices" ADD CONSTRAINT "certificate_expiry_notices_certificate_id_certificates_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."certificates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revocation_grounds" ADD CONSTRAINT "revocation_grounds_legal_basis_code_legal_bases_code_fk" FOREIGN KEY ("legal_basis_code") REFERENCES "public"."legal_bases"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "certificate_entries_one_open_uq" ON "certificate_entries" USING btree ("product_id") WHERE "certificate_entries"."status" = 'prepared';--> statement-breakpoint
CREATE UNIQUE INDEX "certificate_entries_one_revocation_uq" ON "certificate_entries" USING btree ("certificate_id") WHERE "certificate_entries"."kind" = 'revocation' and "certificate_entries"."status" = 'confirmed';--> statement-breakpoint
CREATE INDEX "certificate_entries_product_idx" ON "certificate_entries" USING btree ("product_id");--> statement-breakpoint
CREATE INDEX "certificate_entries_status_idx" ON "certificate_entries" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "certificate_expiry_notices_once_uq" ON "certificate_expiry_notices" USING btree ("certificate_id","threshold_days");--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_proposed_for_five" CHECK (not "certificates"."proposed_for_five" or ("certificates"."achieved" and "certificates"."stars" = 4 and "certificates"."score" >= 90 and "certificates"."issuing_level" = 'province'));--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_not_achieved_score" CHECK ("certificates"."achieved" or "certificates"."score" is not null);--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_decision_number" CHECK ("certificates"."decision_number" is not null or "certificates"."stars" < 3 or not "certificates"."achieved");--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_score_band" CHECK ("certificates"."score" is null or ("certificates"."score" between 0 and 100 and (not "certificates"."achieved" or "certificates"."stars" = case when "certificates"."score" >= 90 then (case when "certificates"."proposed_for_five" then 4 else 5 end) when "certificates"."score" >= 70 then 4 when "certificates"."score" >= 50 then 3 when "certificates"."score" >= 30 then 2 else 1 end)));--> statement-breakpoint
ALTER TABLE "legal_bases" ADD CONSTRAINT "legal_bases_text_kind" CHECK ("legal_bases"."text_kind" in ('programme', 'criteria', 'amendment'));--> statement-breakpoint
ALTER TABLE "legal_bases" ADD CONSTRAINT "legal_bases_source_kind" CHECK ("legal_bases"."source_kind" in ('primary', 'secondary'));--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_alcohol_percent_range" CHECK ("products"."alcohol_percent" between 0 and 100);--> statement-breakpoint

-- hand-written (rules)
-- The legal bases as corrected in db/reference/legal-bases.ts (the reference seed upserts the
-- same rows with their names and sources on every start). Applied here too so the re-labelling
-- below sees the corrected dates. Existing rows are corrected; the new codes are added only on a
-- database that already holds reference data (an empty one gets them from the seed).
UPDATE "legal_bases" b SET
  "effective_from" = r."effective_from",
  "document_number" = r."document_number",
  "signed_on" = r."signed_on",
  "text_kind" = r."text_kind",
  "source_kind" = r."source_kind"
FROM (VALUES
  ('2018', 'Quyết định 490/QĐ-TTg', 'Decision 490/QĐ-TTg', '2018-05-07'::date, '490/QĐ-TTg', '2018-05-07'::date, 'programme', 'primary'),
  ('2019', 'Quyết định 1048/QĐ-TTg', 'Decision 1048/QĐ-TTg', '2019-08-21'::date, '1048/QĐ-TTg', '2019-08-21'::date, 'criteria', 'primary'),
  ('2020', 'Quyết định 781/QĐ-TTg', 'Decision 781/QĐ-TTg', '2020-06-08'::date, '781/QĐ-TTg', '2020-06-08'::date, 'amendment', 'secondary'),
  ('2022', 'Quyết định 919/QĐ-TTg', 'Decision 919/QĐ-TTg', '2022-08-01'::date, '919/QĐ-TTg', '2022-08-01'::date, 'programme', 'primary'),
  ('2023', 'Quyết định 148/QĐ-TTg', 'Decision 148/QĐ-TTg', '2023-02-24'::date, '148/QĐ-TTg', '2023-02-24'::date, 'criteria', 'primary'),
  ('2025', 'Quyết định 1489/QĐ-TTg', 'Decision 1489/QĐ-TTg', '2025-07-06'::date, '1489/QĐ-TTg', '2025-07-06'::date, 'amendment', 'primary'),
  ('2026', 'Quyết định 26/2026/QĐ-TTg', 'Decision 26/2026/QĐ-TTg', '2026-05-22'::date, '26/2026/QĐ-TTg', '2026-05-22'::date, 'criteria', 'secondary')
) AS r ("code", "name_vi", "name_en", "effective_from", "document_number", "signed_on", "text_kind", "source_kind")
WHERE r."code" = b."code";
--> statement-breakpoint
INSERT INTO "legal_bases" ("code", "name_vi", "name_en", "effective_from", "document_number", "signed_on", "text_kind", "source_kind")
SELECT r."code", r."name_vi", r."name_en", r."effective_from", r."document_number", r."signed_on", r."text_kind", r."source_kind"
FROM (VALUES
  ('2018', 'Quyết định 490/QĐ-TTg', 'Decision 490/QĐ-TTg', '2018-05-07'::date, '490/QĐ-TTg', '2018-05-07'::date, 'programme', 'primary'),
  ('2019', 'Quyết định 1048/QĐ-TTg', 'Decision 1048/QĐ-TTg', '2019-08-21'::date, '1048/QĐ-TTg', '2019-08-21'::date, 'criteria', 'primary'),
  ('2020', 'Quyết định 781/QĐ-TTg', 'Decision 781/QĐ-TTg', '2020-06-08'::date, '781/QĐ-TTg', '2020-06-08'::date, 'amendment', 'secondary'),
  ('2022', 'Quyết định 919/QĐ-TTg', 'Decision 919/QĐ-TTg', '2022-08-01'::date, '919/QĐ-TTg', '2022-08-01'::date, 'programme', 'primary'),
  ('2023', 'Quyết định 148/QĐ-TTg', 'Decision 148/QĐ-TTg', '2023-02-24'::date, '148/QĐ-TTg', '2023-02-24'::date, 'criteria', 'primary'),
  ('2025', 'Quyết định 1489/QĐ-TTg', 'Decision 1489/QĐ-TTg', '2025-07-06'::date, '1489/QĐ-TTg', '2025-07-06'::date, 'amendment', 'primary'),
  ('2026', 'Quyết định 26/2026/QĐ-TTg', 'Decision 26/2026/QĐ-TTg', '2026-05-22'::date, '26/2026/QĐ-TTg', '2026-05-22'::date, 'criteria', 'secondary')
) AS r ("code", "name_vi", "name_en", "effective_from", "document_number", "signed_on", "text_kind", "source_kind")
WHERE EXISTS (SELECT 1 FROM "legal_bases")
ON CONFLICT ("code") DO NOTHING;
--> statement-breakpoint
-- Certificates attributed to a basis that took effect after their decision date (e.g. "2026",
-- once dated from 01/01/2026, on a decision of March 2026) are re-labelled with the basis in
-- force that day: the latest criteria or amendment in force, else the latest programme (the
-- same rule as legalBasisOn in app/domain/certificate/schemas.ts). Rows are kept; a decision
-- older than every basis keeps its label.
UPDATE "certificates" c SET "legal_basis_code" = (
  SELECT b."code" FROM "legal_bases" b
  WHERE b."effective_from" <= c."decision_date"
  ORDER BY (b."text_kind" <> 'programme') DESC, b."effective_from" DESC
  LIMIT 1
)
WHERE EXISTS (
  SELECT 1 FROM "legal_bases" cur
  WHERE cur."code" = c."legal_basis_code" AND cur."effective_from" > c."decision_date"
) AND EXISTS (
  SELECT 1 FROM "legal_bases" b WHERE b."effective_from" <= c."decision_date"
);
--> statement-breakpoint
-- Under 1489/QĐ-TTg and 26/2026/QĐ-TTg a 1–2★ result is an evaluation result, not a decision:
-- it carries no document number (the demo's "12/BB-HĐĐG" minutes numbers go). Rows are kept.
UPDATE "certificates" SET "decision_number" = NULL
WHERE "stars" < 3 AND "legal_basis_code" IN ('2025', '2026') AND "decision_number" IS NOT NULL;

-- hand-written (alcohol)
-- The demo's drinks with alcohol get their strength (Law 44/2019, decision 0027); only where it is
-- still unknown, so running it again or on a database without the demo changes nothing.
UPDATE "products" SET "alcohol_percent" = v.pct
FROM (VALUES ('ruou-sam-ngoc-linh', 40.0), ('ruou-bau-da', 45.0), ('ruou-nep-bau-da', 40.0),
             ('vang-nho-phan-rang', 12.0), ('ruou-ngo-men-la-lung-cu', 39.0),
             ('ruou-ba-kich-ba-che', 29.0), ('ruou-sim-phu-quoc', 13.0)) AS v(slug, pct)
WHERE "products"."slug" = v.slug AND "products"."alcohol_percent" IS NULL;
