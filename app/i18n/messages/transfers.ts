import { defineMessages } from "../define";

/** Bank transfer by VietQR: checkout, the buyer's order page and email, the producer's workspace. */
export default defineMessages(
  {
    "transfer.checkout.label": "Chuyển khoản ngân hàng (VietQR)",
    "transfer.checkout.unavailable":
      "Chưa thể chuyển khoản: {producers} chưa khai báo tài khoản ngân hàng.",
    "transfer.error.noBankAccount":
      "{producer} chưa khai báo tài khoản ngân hàng nên chưa nhận chuyển khoản. Hãy chọn cách thanh toán khác.",
    "transfer.field.bank": "Ngân hàng",
    "transfer.field.account": "Số tài khoản",
    "transfer.field.holder": "Chủ tài khoản",
    "transfer.field.amount": "Số tiền",
    "transfer.field.memo": "Nội dung chuyển khoản",
    "transfer.qrAlt": "Mã VietQR: chuyển {amount} qua {bank}",
    "transfer.view.title": "Chuyển khoản cho kiện hàng này",
    "transfer.view.intro":
      "Mở ứng dụng ngân hàng, quét mã VietQR: ngân hàng, số tài khoản, số tiền và nội dung được điền sẵn. Tiền chuyển thẳng cho chủ thể OCOP, không qua Chợ OCOP.",
    "transfer.view.manual": "Hoặc nhập tay:",
    "transfer.view.copy": "Sao chép",
    "transfer.view.copied": "Đã sao chép",
    "transfer.view.keepMemo": "Giữ đúng nội dung chuyển khoản để chủ thể nhận ra đơn của bạn.",
    "transfer.status.awaiting": "Chờ chuyển khoản",
    "transfer.status.received": "Chủ thể đã nhận tiền chuyển khoản",
    "transfer.status.not_received": "Chủ thể chưa nhận được tiền chuyển khoản",
    "transfer.status.expired": "Hết hạn chuyển khoản",
    "transfer.status.withdrawn": "Không cần chuyển khoản (kiện đã huỷ)",
    "transfer.mail.placedSubject": "Đơn {number}: thông tin chuyển khoản",
    "transfer.mail.placedBody":
      "Cảm ơn bạn đã đặt hàng. Đơn {number} gồm {parts} kiện hàng thanh toán bằng chuyển khoản. Hàng đã được giữ cho bạn; hãy chuyển khoản cho từng chủ thể theo thông tin dưới đây (hoặc quét mã VietQR).",
    "transfer.mail.reminderSubject": "Nhắc thanh toán đơn {number}",
    "transfer.mail.reminderBody":
      "Chủ thể chưa xác nhận nhận được tiền cho {parts} kiện hàng của đơn {number}. Nếu bạn chưa chuyển khoản, thông tin ở dưới đây.",
    "transfer.mail.shipment": "Kiện hàng từ {producer} ({code})",
    "transfer.mail.direct":
      "Tiền chuyển thẳng vào tài khoản của chủ thể OCOP, không qua Chợ OCOP. Giữ đúng nội dung chuyển khoản.",
    "transfer.mail.deadline":
      "Kiện hàng chưa được xác nhận thanh toán sau {hours} giờ kể từ khi đặt sẽ tự huỷ.",
    "transfer.mail.expiredSubject": "Đơn {number}: kiện hàng đã huỷ vì chưa thanh toán",
    "transfer.mail.expiredBody":
      "{parts} kiện hàng của đơn {number} đã được huỷ vì chủ thể chưa nhận được tiền chuyển khoản sau {hours} giờ. Nếu bạn đã chuyển, hãy liên hệ chủ thể để được hoàn tiền.",
    "transfer.reason.notReceived": "Chủ thể chưa nhận được tiền chuyển khoản",
    "transfer.reason.expired": "Quá hạn chuyển khoản",
    "transfer.pws.nav": "Tài khoản ngân hàng",
    "transfer.pws.title": "Tài khoản ngân hàng",
    "transfer.pws.intro":
      "Người mua chọn chuyển khoản sẽ chuyển tiền thẳng vào tài khoản này (mã VietQR). Chợ OCOP không giữ tiền.",
    "transfer.pws.none":
      "Chưa có tài khoản: người mua chưa thể chọn chuyển khoản với sản phẩm của bạn.",
    "transfer.pws.current": "Tài khoản hiện tại",
    "transfer.pws.updated": "Cập nhật {when} bởi {who}",
    "transfer.pws.updatedAt": "Cập nhật {when}",
    "transfer.pws.edit": "Đổi tài khoản",
    "transfer.pws.add": "Khai báo tài khoản",
    "transfer.pws.save": "Lưu tài khoản",
    "transfer.pws.saved": "Đã lưu tài khoản ngân hàng.",
    "transfer.pws.bankPlaceholder": "Chọn ngân hàng",
    "transfer.pws.accountHint": "6–19 chữ số, như trên thẻ hoặc ứng dụng ngân hàng.",
    "transfer.pws.holderHint":
      "Viết in hoa không dấu, đúng như ngân hàng in, ví dụ NGUYEN VAN AN hoặc HTX MAT ONG BAC HA.",
    "transfer.pws.fullNumber":
      "Vì an toàn, số tài khoản chỉ hiện 4 số cuối; nhập lại số đầy đủ mỗi lần lưu.",
    "transfer.error.bankRequired": "Chọn ngân hàng.",
    "transfer.error.bankUnknown": "Ngân hàng này không có trong danh sách NAPAS.",
    "transfer.error.accountRequired": "Nhập số tài khoản.",
    "transfer.error.accountInvalid": "Số tài khoản gồm 6–19 chữ số.",
    "transfer.error.holderRequired": "Nhập tên chủ tài khoản.",
    "transfer.error.holderInvalid":
      "Tên chủ tài khoản viết in hoa không dấu, như ngân hàng in (ví dụ NGUYEN VAN AN).",
    "transfer.error.notAwaiting": "Khoản chuyển này đã được xử lý.",
    "transfer.error.notTransfer": "Kiện hàng này không thanh toán bằng chuyển khoản.",
    "transfer.part.title": "Chuyển khoản VietQR",
    "transfer.part.awaiting":
      "Người mua chuyển {amount} vào tài khoản của bạn với nội dung «{memo}». Kiểm tra tài khoản rồi xác nhận; chỉ khi đã nhận tiền mới xác nhận và giao được.",
    "transfer.part.received": "Bạn đã xác nhận nhận {amount} (nội dung «{memo}»).",
    "transfer.part.not_received": "Bạn đã báo chưa nhận được tiền; kiện hàng đã huỷ.",
    "transfer.part.expired": "Quá hạn chuyển khoản; hệ thống đã huỷ kiện hàng.",
    "transfer.part.withdrawn": "Kiện hàng đã huỷ trước khi nhận tiền.",
    "transfer.part.receivedButton": "Đã nhận tiền",
    "transfer.part.notReceivedButton": "Chưa nhận được tiền",
    "transfer.part.done.received": "Đã ghi nhận: đã nhận tiền. Bạn có thể xác nhận và giao hàng.",
    "transfer.part.done.not_received": "Đã ghi nhận: chưa nhận được tiền. Kiện hàng đã huỷ.",
    "admin.audit.act.bank_account.create": "Khai báo tài khoản ngân hàng",
    "admin.audit.act.bank_account.update": "Đổi tài khoản ngân hàng",
    "admin.audit.act.transfer.received": "Xác nhận đã nhận chuyển khoản",
    "admin.audit.act.transfer.not_received": "Báo chưa nhận được chuyển khoản",
  },
  {
    "transfer.checkout.label": "Bank transfer (VietQR)",
    "transfer.checkout.unavailable":
      "Bank transfer is not available: {producers} has not recorded a bank account yet.",
    "transfer.error.noBankAccount":
      "{producer} has not recorded a bank account, so it cannot be paid by transfer. Please choose another way to pay.",
    "transfer.field.bank": "Bank",
    "transfer.field.account": "Account number",
    "transfer.field.holder": "Account holder",
    "transfer.field.amount": "Amount",
    "transfer.field.memo": "Transfer memo",
    "transfer.qrAlt": "VietQR code: transfer {amount} through {bank}",
    "transfer.view.title": "Pay this shipment by bank transfer",
    "transfer.view.intro":
      "Open your banking app and scan the VietQR code: bank, account, amount and memo are filled in. The money goes straight to the producer, not through Chợ OCOP.",
    "transfer.view.manual": "Or enter it by hand:",
    "transfer.view.copy": "Copy",
    "transfer.view.copied": "Copied",
    "transfer.view.keepMemo":
      "Keep the memo exactly as shown so the producer can match your order.",
    "transfer.status.awaiting": "Awaiting your transfer",
    "transfer.status.received": "The producer has received your transfer",
    "transfer.status.not_received": "The producer has not received your transfer",
    "transfer.status.expired": "The transfer time ran out",
    "transfer.status.withdrawn": "No transfer needed (shipment cancelled)",
    "transfer.mail.placedSubject": "Order {number}: how to pay by bank transfer",
    "transfer.mail.placedBody":
      "Thank you for your order. Order {number} has {parts} shipment(s) paid by bank transfer. The goods are reserved for you; please transfer to each producer as shown below (or scan the VietQR code).",
    "transfer.mail.reminderSubject": "Reminder: payment for order {number}",
    "transfer.mail.reminderBody":
      "The producer has not yet confirmed receiving the money for {parts} shipment(s) of order {number}. If you have not transferred yet, the details are below.",
    "transfer.mail.shipment": "Shipment from {producer} ({code})",
    "transfer.mail.direct":
      "The money goes straight to the producer's account, not through Chợ OCOP. Keep the memo exactly as shown.",
    "transfer.mail.deadline":
      "A shipment whose payment is not confirmed within {hours} hours of the order is cancelled.",
    "transfer.mail.expiredSubject": "Order {number}: shipment cancelled, not paid",
    "transfer.mail.expiredBody":
      "{parts} shipment(s) of order {number} were cancelled because the producer had not received the transfer after {hours} hours. If you did transfer, please contact the producer for a refund.",
    "transfer.reason.notReceived": "The producer has not received the bank transfer",
    "transfer.reason.expired": "Bank transfer not received in time",
    "transfer.pws.nav": "Bank account",
    "transfer.pws.title": "Bank account",
    "transfer.pws.intro":
      "Buyers who choose bank transfer pay straight into this account (VietQR code). Chợ OCOP never holds the money.",
    "transfer.pws.none": "No account yet: buyers cannot pay your products by bank transfer.",
    "transfer.pws.current": "Current account",
    "transfer.pws.updated": "Updated {when} by {who}",
    "transfer.pws.updatedAt": "Updated {when}",
    "transfer.pws.edit": "Change the account",
    "transfer.pws.add": "Record an account",
    "transfer.pws.save": "Save the account",
    "transfer.pws.saved": "Bank account saved.",
    "transfer.pws.bankPlaceholder": "Choose a bank",
    "transfer.pws.accountHint": "6–19 digits, as on the card or in the banking app.",
    "transfer.pws.holderHint":
      "In capitals without diacritics, as the bank prints it, e.g. NGUYEN VAN AN or HTX MAT ONG BAC HA.",
    "transfer.pws.fullNumber":
      "For safety only the last 4 digits are shown; enter the full number each time you save.",
    "transfer.error.bankRequired": "Choose a bank.",
    "transfer.error.bankUnknown": "This bank is not on the NAPAS list.",
    "transfer.error.accountRequired": "Enter the account number.",
    "transfer.error.accountInvalid": "An account number has 6–19 digits.",
    "transfer.error.holderRequired": "Enter the account holder's name.",
    "transfer.error.holderInvalid":
      "Write the holder's name in capitals without diacritics, as the bank prints it (e.g. NGUYEN VAN AN).",
    "transfer.error.notAwaiting": "This transfer has already been dealt with.",
    "transfer.error.notTransfer": "This shipment is not paid by bank transfer.",
    "transfer.part.title": "VietQR bank transfer",
    "transfer.part.awaiting":
      "The buyer transfers {amount} to your account with the memo “{memo}”. Check your account, then record it; you can confirm and ship only once the money is in.",
    "transfer.part.received": "You recorded receiving {amount} (memo “{memo}”).",
    "transfer.part.not_received": "You recorded that no money came; the shipment is cancelled.",
    "transfer.part.expired": "The transfer time ran out; the system cancelled the shipment.",
    "transfer.part.withdrawn": "The shipment was cancelled before any money was recorded.",
    "transfer.part.receivedButton": "Money received",
    "transfer.part.notReceivedButton": "Not received",
    "transfer.part.done.received": "Recorded: money received. You can now confirm and ship.",
    "transfer.part.done.not_received": "Recorded: no money received. The shipment is cancelled.",
    "admin.audit.act.bank_account.create": "Bank account recorded",
    "admin.audit.act.bank_account.update": "Bank account changed",
    "admin.audit.act.transfer.received": "Bank transfer received",
    "admin.audit.act.transfer.not_received": "Bank transfer not received",
  },
);
