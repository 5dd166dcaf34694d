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
ALTER TABLE "consents" ADD CONSTRAINT "consents_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_signup_request_id_signup_requests_id_fk" FOREIGN KEY ("signup_request_id") REFERENCES "public"."signup_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_document_fk" FOREIGN KEY ("document_code","document_version") REFERENCES "public"."legal_documents"("code","version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_documents" ADD CONSTRAINT "legal_documents_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consents_user_idx" ON "consents" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "consents_order_idx" ON "consents" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "consents_signup_request_idx" ON "consents" USING btree ("signup_request_id");--> statement-breakpoint
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
