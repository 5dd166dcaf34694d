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
CREATE TABLE "consents" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"document_code" text NOT NULL,
	"document_version" integer NOT NULL,
	"context" text NOT NULL,
	"user_id" integer,
	"order_id" integer,
	"signup_request_id" bigint,
	"given_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consents_context_known" CHECK ("consents"."context" in ('signup', 'checkout')),
	CONSTRAINT "consents_someone" CHECK (num_nonnulls("consents"."user_id", "consents"."order_id", "consents"."signup_request_id") > 0)
);
--> statement-breakpoint
CREATE TABLE "legal_documents" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"version" integer NOT NULL,
	"title_vi" text NOT NULL,
	"title_en" text NOT NULL,
	"body_vi" text NOT NULL,
	"body_en" text NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer,
	CONSTRAINT "legal_documents_code_version_uq" UNIQUE("code","version"),
	CONSTRAINT "legal_documents_code_known" CHECK ("legal_documents"."code" in ('operating-rules', 'privacy', 'contact', 'operator')),
	CONSTRAINT "legal_documents_version_positive" CHECK ("legal_documents"."version" > 0)
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
ALTER TABLE "consents" ADD CONSTRAINT "consents_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_signup_request_id_signup_requests_id_fk" FOREIGN KEY ("signup_request_id") REFERENCES "public"."signup_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_document_fk" FOREIGN KEY ("document_code","document_version") REFERENCES "public"."legal_documents"("code","version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_documents" ADD CONSTRAINT "legal_documents_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revocation_grounds" ADD CONSTRAINT "revocation_grounds_legal_basis_code_legal_bases_code_fk" FOREIGN KEY ("legal_basis_code") REFERENCES "public"."legal_bases"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "certificate_entries_one_open_uq" ON "certificate_entries" USING btree ("product_id") WHERE "certificate_entries"."status" = 'prepared';--> statement-breakpoint
CREATE UNIQUE INDEX "certificate_entries_one_revocation_uq" ON "certificate_entries" USING btree ("certificate_id") WHERE "certificate_entries"."kind" = 'revocation' and "certificate_entries"."status" = 'confirmed';--> statement-breakpoint
CREATE INDEX "certificate_entries_product_idx" ON "certificate_entries" USING btree ("product_id");--> statement-breakpoint
CREATE INDEX "certificate_entries_status_idx" ON "certificate_entries" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "certificate_expiry_notices_once_uq" ON "certificate_expiry_notices" USING btree ("certificate_id","threshold_days");--> statement-breakpoint
CREATE INDEX "consents_user_idx" ON "consents" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "consents_order_idx" ON "consents" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "consents_signup_request_idx" ON "consents" USING btree ("signup_request_id");--> statement-breakpoint
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
--> statement-breakpoint

-- hand-written (alcohol)
-- The demo's drinks with alcohol get their strength (Law 44/2019, decision 0027); only where it is
-- still unknown, so running it again or on a database without the demo changes nothing.
UPDATE "products" SET "alcohol_percent" = v.pct
FROM (VALUES ('ruou-sam-ngoc-linh', 40.0), ('ruou-bau-da', 45.0), ('ruou-nep-bau-da', 40.0),
             ('vang-nho-phan-rang', 12.0), ('ruou-ngo-men-la-lung-cu', 39.0),
             ('ruou-ba-kich-ba-che', 29.0), ('ruou-sim-phu-quoc', 13.0)) AS v(slug, pct)
WHERE "products"."slug" = v.slug AND "products"."alcohol_percent" IS NULL;
--> statement-breakpoint

-- hand-written (legal)
-- The first published version of each legal text (decision 0028), so every database — a fresh
-- install, a test database, the demo — has a privacy notice to consent to and pages to link.
-- Administrators publish later versions from the workspace; this never overwrites them.
INSERT INTO "legal_documents" ("code", "version", "title_vi", "title_en", "body_vi", "body_en") VALUES
('operating-rules', 1,
 'Quy chế hoạt động sàn giao dịch thương mại điện tử Chợ OCOP',
 'Operating rules of the Chợ OCOP e-commerce marketplace',
$vi$Quy chế này áp dụng cho sàn giao dịch thương mại điện tử Chợ OCOP (sau đây gọi là "sàn"), nơi các chủ thể OCOP (hợp tác xã, tổ hợp tác, doanh nghiệp, hộ kinh doanh) bán sản phẩm OCOP đã được công nhận cho người mua. Quy chế được lập theo Nghị định 52/2013/NĐ-CP về thương mại điện tử, được sửa đổi, bổ sung bởi Nghị định 85/2021/NĐ-CP.

## 1. Đơn vị vận hành sàn
Thông tin về đơn vị vận hành và việc đăng ký với Bộ Công Thương xem tại [Thông tin đơn vị vận hành](/legal/operator).

## 2. Người bán trên sàn
- Chỉ chủ thể OCOP được cán bộ địa phương xác minh mới được mở gian hàng; sàn lưu tên, địa chỉ, mã số doanh nghiệp hoặc hợp tác xã và người đại diện của từng người bán.
- Sản phẩm chỉ được ghi "OCOP" khi có quyết định công nhận còn hiệu lực; trang sản phẩm ghi số quyết định, cấp công nhận và ngày hết hạn.
- Người bán chịu trách nhiệm về nguồn gốc, chất lượng, giá, cân nặng và thông tin sản phẩm đăng bán.
- Không được bán hàng cấm kinh doanh, hàng giả, hàng nhập lậu; đồ uống có cồn từ 15 độ trở lên không được quảng cáo và chỉ bán cho người từ đủ 18 tuổi.

## 3. Đặt hàng, giá và giao hàng
- Giá niêm yết bằng đồng Việt Nam, đã gồm thuế; phí vận chuyển và tổng tiền hiện trước khi đặt hàng.
- Một đơn có sản phẩm của nhiều người bán được giao thành nhiều kiện, mỗi người bán một kiện.
- Người mua có thể hủy phần đơn chưa được người bán xác nhận.

## 4. Thanh toán
Thanh toán khi nhận hàng (COD), chuyển khoản VietQR vào tài khoản của người bán, hoặc thẻ và ví qua cổng thanh toán khi được bật. Tiền sàn thu hộ được đối soát và chi trả cho người bán hằng tháng.

## 5. Đổi trả và giải quyết khiếu nại
Người mua gửi khiếu nại theo [Liên hệ và giải quyết khiếu nại](/legal/contact). Sàn chuyển khiếu nại cho người bán, theo dõi và hỗ trợ hai bên thương lượng; khi không thương lượng được, các bên có thể đề nghị cơ quan bảo vệ quyền lợi người tiêu dùng hoặc tòa án giải quyết.

## 6. Bảo vệ dữ liệu cá nhân
Sàn xử lý dữ liệu cá nhân theo [Chính sách bảo vệ dữ liệu cá nhân](/legal/privacy) và Nghị định 13/2023/NĐ-CP.

## 7. Trách nhiệm của sàn
- Công khai quy chế này và thông báo trước khi thay đổi; mỗi lần sửa là một phiên bản mới, các phiên bản cũ được lưu.
- Loại bỏ thông tin sản phẩm vi phạm khi phát hiện hoặc khi có yêu cầu của cơ quan nhà nước.
- Cung cấp thông tin về người bán cho cơ quan có thẩm quyền theo quy định.$vi$,
$en$These rules govern the Chợ OCOP e-commerce marketplace ("the marketplace"), where OCOP producers (cooperatives, cooperative groups, enterprises, household businesses) sell recognised OCOP products to buyers. They are drawn up under Decree 52/2013/NĐ-CP on e-commerce, as amended by Decree 85/2021/NĐ-CP.

## 1. The operator
Who operates the marketplace and its registration with the Ministry of Industry and Trade: see [Operator information](/legal/operator).

## 2. Sellers
- Only OCOP producers verified by a local official may open a shop; the marketplace keeps each seller's name, address, enterprise or cooperative number and representative.
- A product is labelled "OCOP" only while its recognition decision is valid; the product page shows the decision number, the recognising level and the expiry date.
- Sellers answer for the origin, quality, price, weight and description of what they list.
- Prohibited goods, counterfeits and smuggled goods may not be sold; alcoholic drinks of 15% or more may not be promoted and are sold only to buyers aged 18 or over.

## 3. Orders, prices and delivery
- Prices are in Vietnamese đồng, taxes included; shipping and the total are shown before the order is placed.
- An order with products of several sellers ships as several parcels, one per seller.
- A buyer may cancel a part of the order that its seller has not confirmed yet.

## 4. Payment
Cash on delivery, VietQR bank transfer to the seller's own account, or cards and wallets through a payment gateway where enabled. Money the marketplace collects is reconciled and paid out to sellers monthly.

## 5. Returns and complaints
Buyers complain through [Contact and complaints](/legal/contact). The marketplace forwards the complaint to the seller, follows it up and helps both sides settle it; failing that, either side may turn to a consumer protection body or a court.

## 6. Personal data
The marketplace processes personal data under its [Privacy notice](/legal/privacy) and Decree 13/2023/NĐ-CP.

## 7. The marketplace's duties
- Publish these rules and announce changes before they apply; every edit is a new version and earlier versions are kept.
- Remove infringing listings when found or when a state authority asks.
- Provide seller information to competent authorities as the law requires.$en$),
('privacy', 1,
 'Chính sách bảo vệ dữ liệu cá nhân',
 'Privacy notice',
$vi$Thông báo này cho biết Chợ OCOP xử lý dữ liệu cá nhân của bạn như thế nào, theo Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân. Bạn đồng ý bằng cách đánh dấu vào ô đồng ý khi đăng ký tài khoản hoặc đặt hàng; ô này không được đánh dấu sẵn, và sự im lặng không được coi là đồng ý.

## Bên kiểm soát và xử lý dữ liệu
Đơn vị vận hành Chợ OCOP (xem [Thông tin đơn vị vận hành](/legal/operator)).

## Dữ liệu được xử lý
- Khi đăng ký tài khoản: họ tên, email, mật khẩu (chỉ lưu dạng băm).
- Khi đặt hàng: họ tên, số điện thoại, email (không bắt buộc), địa chỉ giao hàng (tỉnh, xã, số nhà), sản phẩm đã mua, cách thanh toán.
- Khi sử dụng: cookie phiên đăng nhập, giỏ hàng và ngôn ngữ; địa chỉ IP trong nhật ký để chống gian lận.

## Mục đích
- Tạo và bảo vệ tài khoản; gửi thư xác nhận.
- Thực hiện đơn hàng: chuyển họ tên, số điện thoại và địa chỉ cho người bán và đơn vị vận chuyển; thanh toán qua cổng thanh toán khi bạn chọn.
- Giải quyết khiếu nại và thực hiện nghĩa vụ kế toán, thuế theo luật.
Chúng tôi không bán dữ liệu và không dùng dữ liệu để quảng cáo.

## Thời gian lưu
Dữ liệu đơn hàng được lưu theo thời hạn lưu chứng từ kế toán; yêu cầu đăng ký chưa xác nhận, phiên đăng nhập và giỏ hàng của khách bị xóa tự động sau thời hạn ngắn.

## Quyền của bạn
Bạn có quyền được biết, đồng ý hoặc không đồng ý, truy cập, chỉnh sửa, yêu cầu xóa, hạn chế xử lý, rút lại sự đồng ý, phản đối, khiếu nại và yêu cầu bồi thường theo Nghị định 13/2023/NĐ-CP. Việc rút lại sự đồng ý không ảnh hưởng đến việc xử lý đã thực hiện trước đó. Gửi yêu cầu theo [Liên hệ và giải quyết khiếu nại](/legal/contact); chúng tôi trả lời trong thời hạn luật định.

## Lưu sự đồng ý
Khi bạn đồng ý, sàn lưu phiên bản của thông báo này và thời điểm đồng ý. Khi thông báo thay đổi, phiên bản mới được công bố tại trang này.$vi$,
$en$This notice tells you how Chợ OCOP processes your personal data, under Decree 13/2023/NĐ-CP on personal data protection. You consent by ticking the consent box when you sign up or place an order; the box is never ticked for you, and silence is not consent.

## Controller and processor
The operator of Chợ OCOP (see [Operator information](/legal/operator)).

## Data processed
- At sign-up: name, email, password (stored only as a hash).
- At checkout: name, phone number, email (optional), delivery address (province, commune, street), the products bought, the payment method.
- While you use the site: cookies for your session, cart and language; IP addresses in logs against fraud.

## Purposes
- Creating and protecting your account; sending confirmation emails.
- Fulfilling orders: your name, phone and address go to the seller and the carrier; payment goes through a payment gateway when you choose one.
- Handling complaints and meeting accounting and tax duties under the law.
We do not sell data and do not use it for advertising.

## How long
Order data is kept for the period accounting records must be kept; unconfirmed sign-ups, sessions and guest carts are deleted automatically after a short time.

## Your rights
You have the rights to be informed, to consent or refuse, to access, correct and ask for deletion, to restrict processing, to withdraw consent, to object, to complain and to claim damages under Decree 13/2023/NĐ-CP. Withdrawing consent does not affect processing done before. Send requests through [Contact and complaints](/legal/contact); we answer within the time the law sets.

## Record of consent
When you consent, the marketplace records the version of this notice and the time. When the notice changes, the new version is published on this page.$en$),
('contact', 1,
 'Liên hệ và giải quyết khiếu nại',
 'Contact and complaints',
$vi$## Liên hệ
- Email: hotro@example.vn (địa chỉ minh họa của bản demo)
- Điện thoại: chưa công bố (bản demo)
- Địa chỉ: chưa công bố (bản demo)

## Gửi khiếu nại
Gửi email nêu số đơn hàng (dạng OC-XXX-XXXX), sản phẩm, vấn đề gặp phải và ảnh chụp nếu có. Khiếu nại về đơn hàng nên gửi trong vòng 7 ngày kể từ khi nhận hàng.

## Quy trình giải quyết
- Bước 1: Sàn tiếp nhận và xác nhận đã nhận khiếu nại trong 2 ngày làm việc.
- Bước 2: Sàn chuyển khiếu nại cho người bán; người bán trả lời trong 5 ngày làm việc.
- Bước 3: Sàn theo dõi và hỗ trợ hai bên thương lượng (đổi hàng, trả hàng, hoàn tiền).
- Bước 4: Nếu không thương lượng được, các bên có thể đề nghị cơ quan bảo vệ quyền lợi người tiêu dùng, hòa giải, trọng tài hoặc tòa án giải quyết theo pháp luật.

## Yêu cầu về dữ liệu cá nhân
Yêu cầu truy cập, chỉnh sửa, xóa dữ liệu hoặc rút lại sự đồng ý cũng gửi về địa chỉ trên; xem [Chính sách bảo vệ dữ liệu cá nhân](/legal/privacy).$vi$,
$en$## Contact
- Email: hotro@example.vn (an example address of the demo)
- Phone: not published (demo)
- Address: not published (demo)

## Making a complaint
Email us with the order number (OC-XXX-XXXX), the product, what went wrong and photos if any. Complaints about an order should reach us within 7 days of delivery.

## How complaints are handled
- Step 1: The marketplace receives the complaint and acknowledges it within 2 working days.
- Step 2: The marketplace forwards it to the seller, who answers within 5 working days.
- Step 3: The marketplace follows it up and helps both sides settle (exchange, return, refund).
- Step 4: If they cannot settle, either side may turn to a consumer protection body, mediation, arbitration or a court under the law.

## Requests about personal data
Requests to access, correct or delete data or to withdraw consent go to the same address; see the [Privacy notice](/legal/privacy).$en$),
('operator', 1,
 'Thông tin đơn vị vận hành',
 'Operator information',
$vi$Theo Nghị định 52/2013/NĐ-CP (sửa đổi, bổ sung bởi Nghị định 85/2021/NĐ-CP), sàn giao dịch thương mại điện tử phải đăng ký với Bộ Công Thương trên Cổng thông tin Quản lý hoạt động thương mại điện tử (online.gov.vn) và công khai thông tin về đơn vị vận hành.

## Đơn vị vận hành
- Tên: chưa xác định — đây là bản demo của Chợ OCOP
- Mã số doanh nghiệp: chưa có (bản demo)
- Địa chỉ trụ sở: chưa công bố (bản demo)
- Người chịu trách nhiệm: chưa xác định (bản demo)
- Email: hotro@example.vn (địa chỉ minh họa)

## Đăng ký với Bộ Công Thương
Chưa đăng ký. Đây là bản demo, chưa hoạt động như một sàn giao dịch thương mại điện tử; số đăng ký sẽ được ghi tại đây khi đơn vị vận hành được Bộ Công Thương xác nhận đăng ký.

## Văn bản liên quan
- [Quy chế hoạt động](/legal/operating-rules)
- [Chính sách bảo vệ dữ liệu cá nhân](/legal/privacy)
- [Liên hệ và giải quyết khiếu nại](/legal/contact)$vi$,
$en$Under Decree 52/2013/NĐ-CP (as amended by Decree 85/2021/NĐ-CP), an e-commerce marketplace registers with the Ministry of Industry and Trade on the e-commerce management portal (online.gov.vn) and publishes who operates it.

## Operator
- Name: not decided — this is a demo of Chợ OCOP
- Enterprise number: none (demo)
- Registered address: not published (demo)
- Person responsible: not decided (demo)
- Email: hotro@example.vn (an example address)

## Registration with the Ministry of Industry and Trade
Not registered. This is a demo and does not operate as an e-commerce marketplace; the registration number will be shown here once the Ministry has confirmed the operator's registration.

## Related documents
- [Operating rules](/legal/operating-rules)
- [Privacy notice](/legal/privacy)
- [Contact and complaints](/legal/contact)$en$)
ON CONFLICT ("code", "version") DO NOTHING;
