import { defineMessages } from "../define";

export default defineMessages(
  {
    "certificates.meta.title": "Tra cứu chứng nhận OCOP – Chợ OCOP",
    "certificates.meta.description":
      "Kiểm tra một sản phẩm OCOP còn hiệu lực chứng nhận hay không, theo số quyết định hoặc tên sản phẩm.",
    "certificates.title": "Tra cứu chứng nhận OCOP",
    "certificates.lead":
      "Nhập số quyết định in trên nhãn (ví dụ 1234/QĐ-UBND) hoặc tên sản phẩm, có dấu hay không dấu đều được.",
    "certificates.form.landmark": "Tra cứu chứng nhận",
    "certificates.form.label": "Số quyết định hoặc tên sản phẩm",
    "certificates.form.placeholder": "1234/QĐ-UBND hoặc mật ong",
    "certificates.form.submit": "Tra cứu",
    "certificates.why.title": "Vì sao nên tra cứu?",
    "certificates.why.expiry":
      "Chứng nhận OCOP chỉ có hiệu lực 36 tháng kể từ ngày quyết định. Sau đó sản phẩm phải được đánh giá lại, nhưng nhãn OCOP cũ vẫn có thể còn trên bao bì.",
    "certificates.why.complaint":
      "Sản phẩm dán nhãn OCOP đã hết hạn là điều người mua phản ánh nhiều nhất. Tra cứu giúp bạn biết số sao và hạn chứng nhận thật của sản phẩm.",
    "certificates.why.stars":
      "Chỉ sản phẩm đạt từ 3 sao trở lên mới được cấp chứng nhận OCOP. 3 và 4 sao do UBND tỉnh công nhận, 5 sao do Bộ công nhận.",
    "certificates.results.count": "{count} kết quả cho “{q}”",
    "certificates.results.countOne": "1 kết quả cho “{q}”",
    "certificates.results.truncated": "Chỉ hiển thị {limit} kết quả đầu tiên. Hãy nhập cụ thể hơn.",
    "certificates.results.none":
      "Không tìm thấy chứng nhận nào cho “{q}”. Hãy kiểm tra lại số quyết định, hoặc thử tên sản phẩm ngắn hơn.",
    "certificates.invalid.tooShort": "Vui lòng nhập ít nhất {min} ký tự.",
    "certificates.invalid.tooLong": "Nội dung tra cứu quá dài (tối đa {max} ký tự).",
    "certificates.field.product": "Sản phẩm",
    "certificates.field.producer": "Chủ thể",
    "certificates.field.decision": "Quyết định",
    "certificates.field.decisionValue": "Số {number}, ngày {date}",
    "certificates.field.issuer": "Cơ quan cấp",
    "certificates.field.validUntil": "Hiệu lực đến",
    "certificates.field.stars": "Hạng sao",
    "certificates.field.revokedReason": "Lý do thu hồi",
    "certificates.status.valid": "Còn hiệu lực",
    "certificates.status.expiring": "Sắp hết hạn",
    "certificates.status.expired": "Đã hết hạn",
    "certificates.status.revoked": "Đã bị thu hồi",
    "certificates.status.superseded": "Đã được thay thế",
    "certificates.explain.valid": "Chứng nhận còn hiệu lực đến {date}.",
    "certificates.explain.expiring": "Chứng nhận còn hiệu lực đến {date}, chỉ còn {days} ngày.",
    "certificates.explain.expiringOneDay": "Chứng nhận còn hiệu lực đến {date}, chỉ còn 1 ngày.",
    "certificates.explain.expired":
      "Chứng nhận chỉ có hiệu lực đến {date} và đã hết hạn. Nhãn OCOP này không còn giá trị.",
    "certificates.explain.revoked": "Chứng nhận đã bị thu hồi. Nhãn OCOP này không còn giá trị.",
    "certificates.explain.superseded":
      "Quyết định này đã được thay thế bởi quyết định {number} ngày {date} ({stars} sao).",
    "certificates.explain.supersededUnknown":
      "Quyết định này đã được thay thế bởi một quyết định mới hơn.",
    "certificates.productUnavailable": "Sản phẩm hiện không được bán trên Chợ OCOP.",
  },
  {
    "certificates.meta.title": "OCOP certificate lookup – Chợ OCOP",
    "certificates.meta.description":
      "Check whether an OCOP product's certificate is still valid, by decision number or product name.",
    "certificates.title": "OCOP certificate lookup",
    "certificates.lead":
      "Enter the decision number printed on the label (e.g. 1234/QĐ-UBND) or the product's name, with or without Vietnamese accents.",
    "certificates.form.landmark": "Certificate lookup",
    "certificates.form.label": "Decision number or product name",
    "certificates.form.placeholder": "1234/QĐ-UBND or mat ong",
    "certificates.form.submit": "Look up",
    "certificates.why.title": "Why check?",
    "certificates.why.expiry":
      "An OCOP certificate is valid for 36 months from its decision date. After that the product must be re-evaluated, yet the old OCOP label may still be on the package.",
    "certificates.why.complaint":
      "Products carrying an expired OCOP label are what buyers complain about most. A lookup tells you a product's real star rating and how long its certificate runs.",
    "certificates.why.stars":
      "Only products rated 3 stars or more are certified. 3 and 4 stars are recognised by the province, 5 stars by the ministry.",
    "certificates.results.count": "{count} results for “{q}”",
    "certificates.results.countOne": "1 result for “{q}”",
    "certificates.results.truncated":
      "Only the first {limit} results are shown. Try a more precise search.",
    "certificates.results.none":
      "No certificate found for “{q}”. Check the decision number, or try a shorter product name.",
    "certificates.invalid.tooShort": "Please type at least {min} characters.",
    "certificates.invalid.tooLong": "The search is too long (at most {max} characters).",
    "certificates.field.product": "Product",
    "certificates.field.producer": "Producer",
    "certificates.field.decision": "Decision",
    "certificates.field.decisionValue": "No. {number}, dated {date}",
    "certificates.field.issuer": "Issued by",
    "certificates.field.validUntil": "Valid until",
    "certificates.field.stars": "Rating",
    "certificates.field.revokedReason": "Reason for revocation",
    "certificates.status.valid": "Valid",
    "certificates.status.expiring": "Expiring soon",
    "certificates.status.expired": "Expired",
    "certificates.status.revoked": "Revoked",
    "certificates.status.superseded": "Superseded",
    "certificates.explain.valid": "The certificate is valid until {date}.",
    "certificates.explain.expiring":
      "The certificate is valid until {date}: only {days} days left.",
    "certificates.explain.expiringOneDay":
      "The certificate is valid until {date}: only 1 day left.",
    "certificates.explain.expired":
      "The certificate was valid until {date} and has expired. This OCOP label is no longer valid.",
    "certificates.explain.revoked":
      "The certificate was revoked. This OCOP label is no longer valid.",
    "certificates.explain.superseded":
      "This decision was replaced by decision {number} of {date} ({stars} stars).",
    "certificates.explain.supersededUnknown": "This decision was replaced by a newer one.",
    "certificates.productUnavailable": "This product is not on sale on Chợ OCOP at the moment.",
  },
);
