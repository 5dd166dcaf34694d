import { defineMessages } from "../define";

/**
 * Revocation as a decision, and who records what: the revocation form, the refusals by level,
 * the entries a commune official prepares for the province, the public lookup's revocation.
 */
export default defineMessages(
  {
    "revoke.title": "Thu hồi chứng nhận theo quyết định",
    "revoke.lead":
      "Ghi lại quyết định thu hồi: số, ngày, cơ quan ban hành và căn cứ. Sản phẩm rời khỏi gian hàng ngay khi lưu.",
    "revoke.leadPrepare":
      "Cấp xã không tự thu hồi chứng nhận do tỉnh công nhận: hãy chuẩn bị hồ sơ thu hồi, cán bộ tỉnh sẽ xác nhận hoặc trả lại.",
    "revoke.ministryOnly":
      "Chứng nhận OCOP 5 sao cấp quốc gia chỉ do Bộ thu hồi; trong ứng dụng này, chỉ quản trị viên ghi nhận quyết định đó.",
    "revoke.decisionNumber": "Số quyết định thu hồi",
    "revoke.decisionNumberHint": "Ví dụ: 215/QĐ-UBND",
    "revoke.decisionDate": "Ngày quyết định thu hồi",
    "revoke.issuingBody": "Cơ quan ban hành quyết định thu hồi",
    "revoke.issuingBodyHint": "Ví dụ: UBND tỉnh Phú Thọ",
    "revoke.issuingLevel": "Cấp ban hành quyết định thu hồi",
    "revoke.ground": "Căn cứ thu hồi",
    "revoke.groundHint": "Theo quy định có hiệu lực vào ngày của quyết định thu hồi.",
    "revoke.groundBasis": "Theo quy định {basis}",
    "revoke.note": "Ghi chú (không bắt buộc)",
    "revoke.submit": "Thu hồi chứng nhận",
    "revoke.prepareSubmit": "Chuẩn bị thu hồi, gửi tỉnh xác nhận",
    "revoke.error.decisionNumber": "Nhập số quyết định thu hồi, ví dụ 215/QĐ-UBND.",
    "revoke.error.decisionDate": "Nhập ngày quyết định thu hồi (ngày/tháng/năm).",
    "revoke.error.decisionDateFuture": "Ngày quyết định thu hồi không thể ở tương lai.",
    "revoke.error.decisionDateBeforeCertificate":
      "Ngày thu hồi không thể trước ngày quyết định công nhận.",
    "revoke.error.issuingBody": "Nhập cơ quan ban hành quyết định thu hồi (3–200 ký tự).",
    "revoke.error.issuingLevel": "Chọn cấp ban hành quyết định thu hồi.",
    "revoke.error.levelBelow":
      "Quyết định thu hồi phải do cấp đã công nhận sản phẩm, hoặc cấp trên, ban hành.",
    "revoke.error.ground": "Chọn căn cứ thu hồi.",
    "revoke.error.groundForDate":
      "Căn cứ này không thuộc quy định có hiệu lực vào ngày của quyết định thu hồi.",
    "revoke.error.noteTooLong": "Ghi chú tối đa 500 ký tự.",
    "revoke.refused.ministry":
      "Chỉ Bộ (quản trị viên trong ứng dụng) được thu hồi chứng nhận OCOP 5 sao cấp quốc gia.",
    "revoke.refused.commune":
      "Cán bộ cấp xã không được thu hồi chứng nhận do tỉnh công nhận. Hãy chuẩn bị hồ sơ thu hồi để tỉnh xác nhận.",
    "revoke.saved.prepared":
      "Đã gửi hồ sơ thu hồi. Chứng nhận vẫn còn hiệu lực cho đến khi tỉnh xác nhận.",
    "revoke.record.decision": "Quyết định thu hồi",
    "revoke.record.decisionValue": "{number} ngày {date}",
    "revoke.record.body": "Cơ quan thu hồi",
    "revoke.record.ground": "Căn cứ thu hồi",
    "revoke.record.note": "Ghi chú",

    "entries.title": "Hồ sơ chờ tỉnh xác nhận",
    "entries.nav": "Chờ xác nhận",
    "entries.lead":
      "Cấp xã đánh giá và đề xuất, cấp tỉnh công nhận (Quyết định 1489/QĐ-TTg): hồ sơ do cấp xã chuẩn bị chỉ có hiệu lực khi cán bộ tỉnh xác nhận.",
    "entries.leadCommune":
      "Hồ sơ bạn đã chuẩn bị và trạng thái của chúng. Tỉnh xác nhận thì hồ sơ có hiệu lực; nếu bị trả lại, lý do hiện ở đây.",
    "entries.empty": "Không có hồ sơ nào đang chờ.",
    "entries.section": "Ghi nhận và xác nhận",
    "entries.sectionEmpty": "Chưa có hồ sơ nào được ghi nhận theo cách này cho sản phẩm.",
    "entries.kind.decision": "Quyết định công nhận",
    "entries.kind.revocation": "Thu hồi",
    "entries.status.prepared": "Chờ tỉnh xác nhận",
    "entries.status.confirmed": "Đã có hiệu lực",
    "entries.status.returned": "Bị trả lại",
    "entries.direct": "Có hiệu lực ngay: do cán bộ tỉnh hoặc quản trị viên tự ghi nhận",
    "entries.preparedBy": "Chuẩn bị: {name}, {time}",
    "entries.recordedBy": "Ghi nhận: {name}, {time}",
    "entries.confirmedBy": "Xác nhận: {name}, {time}",
    "entries.returnedBy": "Trả lại: {name}, {time}",
    "entries.returnReasonShown": "Lý do trả lại: {reason}",
    "entries.decisionSummary": "{stars} sao · {number} ngày {date}",
    "entries.revocationSummary": "{number} ngày {date} · {ground}",
    "entries.product": "Sản phẩm",
    "entries.open": "Mở sản phẩm",
    "entries.confirm": "Xác nhận",
    "entries.returnReason": "Lý do trả lại",
    "entries.return": "Trả lại cho xã",
    "entries.error.returnReason": "Nhập lý do trả lại (5–500 ký tự).",
    "entries.error.open": "Sản phẩm đã có một hồ sơ đang chờ tỉnh xác nhận.",
    "entries.import.provinceOnly":
      "Cán bộ cấp xã được kiểm tra tệp; việc nhập quyết định công nhận do cán bộ cấp tỉnh thực hiện.",
    "entries.error.notPrepared": "Hồ sơ này đã được xử lý.",
    "entries.error.certificateChanged":
      "Chứng nhận đã thay đổi từ khi hồ sơ được chuẩn bị: hãy trả lại để xã chuẩn bị lại.",
    "entries.refused.commune": "Chỉ cán bộ cấp tỉnh hoặc quản trị viên xác nhận hồ sơ.",
    "entries.saved.prepared":
      "Đã gửi hồ sơ. Quyết định chỉ có hiệu lực và hiển thị công khai khi tỉnh xác nhận.",
    "entries.saved.confirmed": "Đã xác nhận: hồ sơ có hiệu lực.",
    "entries.saved.returned": "Đã trả lại hồ sơ cho cấp xã.",

    "certificates.field.revokedBy": "Quyết định thu hồi",
    "certificates.field.revokedByValue": "{number} ngày {date}, {body}",
    "certificates.field.revokedGround": "Căn cứ thu hồi",
  },
  {
    "revoke.title": "Revoke the certificate by decision",
    "revoke.lead":
      "Record the revoking decision: number, date, issuing body and ground. The product leaves the shop as soon as it is saved.",
    "revoke.leadPrepare":
      "A commune does not revoke a certificate the province recognised: prepare the revocation, and a province official confirms or returns it.",
    "revoke.ministryOnly":
      "A national 5★ OCOP certificate is revoked by the ministry only; in this app, only an administrator records that decision.",
    "revoke.decisionNumber": "Revoking decision number",
    "revoke.decisionNumberHint": "For example: 215/QĐ-UBND",
    "revoke.decisionDate": "Date of the revoking decision",
    "revoke.issuingBody": "Body that issued the revocation",
    "revoke.issuingBodyHint": "For example: Phú Thọ Provincial People's Committee",
    "revoke.issuingLevel": "Level that issued the revocation",
    "revoke.ground": "Ground for revocation",
    "revoke.groundHint": "Under the rules in force on the revoking decision's date.",
    "revoke.groundBasis": "Under the {basis} rules",
    "revoke.note": "Note (optional)",
    "revoke.submit": "Revoke the certificate",
    "revoke.prepareSubmit": "Prepare the revocation for the province",
    "revoke.error.decisionNumber": "Enter the revoking decision's number, e.g. 215/QĐ-UBND.",
    "revoke.error.decisionDate": "Enter the revoking decision's date (day/month/year).",
    "revoke.error.decisionDateFuture": "The revoking decision cannot be dated in the future.",
    "revoke.error.decisionDateBeforeCertificate":
      "The revocation cannot be dated before the recognising decision.",
    "revoke.error.issuingBody":
      "Enter the body that issued the revoking decision (3–200 characters).",
    "revoke.error.issuingLevel": "Choose the level that issued the revoking decision.",
    "revoke.error.levelBelow":
      "The revoking decision must come from the level that recognised the product, or above.",
    "revoke.error.ground": "Choose the ground for revocation.",
    "revoke.error.groundForDate":
      "This ground is not one of the rules in force on the revoking decision's date.",
    "revoke.error.noteTooLong": "The note may have at most 500 characters.",
    "revoke.refused.ministry":
      "Only the ministry (an administrator in this app) may revoke a national 5★ OCOP certificate.",
    "revoke.refused.commune":
      "A commune official may not revoke a certificate the province recognised. Prepare the revocation for the province to confirm.",
    "revoke.saved.prepared":
      "Revocation sent. The certificate stays in force until the province confirms it.",
    "revoke.record.decision": "Revoking decision",
    "revoke.record.decisionValue": "{number} of {date}",
    "revoke.record.body": "Revoked by",
    "revoke.record.ground": "Ground",
    "revoke.record.note": "Note",

    "entries.title": "Awaiting the province's confirmation",
    "entries.nav": "Awaiting confirmation",
    "entries.lead":
      "The commune assesses and proposes, the province recognises (Decision 1489/QĐ-TTg): what a commune prepares takes effect only once a province official confirms it.",
    "entries.leadCommune":
      "What you prepared and where it stands. Once the province confirms, it takes effect; if it is returned, the reason shows here.",
    "entries.empty": "Nothing is waiting.",
    "entries.section": "Recorded and confirmed",
    "entries.sectionEmpty": "Nothing has been recorded this way for this product yet.",
    "entries.kind.decision": "Recognising decision",
    "entries.kind.revocation": "Revocation",
    "entries.status.prepared": "Awaiting the province",
    "entries.status.confirmed": "In effect",
    "entries.status.returned": "Returned",
    "entries.direct": "In effect at once: recorded by a province official or an administrator",
    "entries.preparedBy": "Prepared by {name}, {time}",
    "entries.recordedBy": "Recorded by {name}, {time}",
    "entries.confirmedBy": "Confirmed by {name}, {time}",
    "entries.returnedBy": "Returned by {name}, {time}",
    "entries.returnReasonShown": "Reason returned: {reason}",
    "entries.decisionSummary": "{stars}★ · {number} of {date}",
    "entries.revocationSummary": "{number} of {date} · {ground}",
    "entries.product": "Product",
    "entries.open": "Open the product",
    "entries.confirm": "Confirm",
    "entries.returnReason": "Reason for returning",
    "entries.return": "Return to the commune",
    "entries.error.returnReason": "Enter the reason for returning it (5–500 characters).",
    "entries.error.open": "This product already has an entry awaiting the province.",
    "entries.import.provinceOnly":
      "Commune officials may check a file; importing a recognition decision is done by a provincial official.",
    "entries.error.notPrepared": "This entry has already been dealt with.",
    "entries.error.certificateChanged":
      "The certificate changed since this was prepared: return it so the commune prepares it again.",
    "entries.refused.commune": "Only a province official or an administrator confirms entries.",
    "entries.saved.prepared":
      "Entry sent. The decision takes effect and becomes public only once the province confirms it.",
    "entries.saved.confirmed": "Confirmed: the entry is in effect.",
    "entries.saved.returned": "Entry returned to the commune.",

    "certificates.field.revokedBy": "Revoking decision",
    "certificates.field.revokedByValue": "{number} of {date}, {body}",
    "certificates.field.revokedGround": "Ground for revocation",
  },
);
