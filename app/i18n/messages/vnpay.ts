import { defineMessages } from "../define";

export default defineMessages(
  {
    "payments.checkout.vnpay": "VNPay: thẻ ATM nội địa, thẻ quốc tế, ví VNPay-QR",
    "vnpay.orderInfo": "Thanh toan don hang {number}",
    "vnpay.mail.body":
      "Chúng tôi đã nhận {total} thanh toán qua VNPay cho đơn {number}. Chủ thể OCOP sẽ chuẩn bị hàng và giao đến bạn.",
    "vnpay.mail.failedBody":
      "Thanh toán qua VNPay cho đơn {number} không thành công nên đơn đã được huỷ. Bạn không bị trừ tiền. Bạn có thể đặt hàng lại bất cứ lúc nào.",
    "vnpay.mail.expiredBody":
      "Đơn {number} đã được huỷ vì hết thời gian thanh toán qua VNPay. Bạn không bị trừ tiền. Bạn có thể đặt hàng lại bất cứ lúc nào.",
    "vnpay.refund.mail.body":
      "Kiện hàng từ {producer} trong đơn {number} đã được huỷ. Chúng tôi đã hoàn {amount} (tiền hàng và phí giao hàng của kiện này) qua VNPay về thẻ hoặc ví bạn đã dùng để thanh toán. Tuỳ ngân hàng, tiền có thể mất 5–10 ngày làm việc để về tài khoản.",
    "vnpay.view.pending": "Thanh toán qua VNPay: đang chờ xác nhận từ VNPay",
    "vnpay.view.paid": "Đã thanh toán qua VNPay",
    "vnpay.view.failed": "Thanh toán qua VNPay không thành công; đơn đã được huỷ",
    "vnpay.view.expired": "Hết thời gian thanh toán qua VNPay; đơn đã được huỷ",
    "vnpay.view.needs_review":
      "Thanh toán qua VNPay đang được kiểm tra; chúng tôi sẽ liên hệ với bạn",
    "vnpay.view.refunded": "Đã hoàn tiền qua VNPay",
    "vnpay.return.title": "Kết quả thanh toán VNPay",
    "vnpay.return.paid": "Thanh toán thành công. Cảm ơn bạn!",
    "vnpay.return.waiting":
      "VNPay báo thanh toán thành công; chúng tôi đang chờ VNPay xác nhận. Trang đơn hàng sẽ cập nhật trong giây lát.",
    "vnpay.return.failed":
      "Thanh toán chưa thành công. Bạn không bị trừ tiền; đơn hàng đã được huỷ.",
    "vnpay.return.failedPending":
      "Thanh toán chưa thành công. Bạn không bị trừ tiền; nếu không thanh toán, đơn sẽ tự huỷ sau 20 phút.",
    "vnpay.return.review": "Thanh toán của bạn đang được kiểm tra; chúng tôi sẽ liên hệ với bạn.",
    "vnpay.return.invalid":
      "Không xác minh được kết quả thanh toán này (chữ ký không hợp lệ). Đơn hàng không thay đổi.",
    "vnpay.return.order": "Đơn hàng",
    "vnpay.return.amount": "Số tiền",
    "vnpay.return.transaction": "Mã giao dịch VNPay",
    "vnpay.return.bank": "Ngân hàng",
    "vnpay.return.viewOrder": "Xem đơn hàng",
    "vnpay.return.home": "Về trang chủ",
    "pws.payment.vnpay.pending": "VNPay: chờ thanh toán",
    "pws.payment.vnpay.paid": "VNPay: đã thanh toán",
    "pws.payment.vnpay.failed": "VNPay: thanh toán thất bại",
    "pws.payment.vnpay.expired": "VNPay: hết thời gian thanh toán",
    "pws.payment.vnpay.needs_review": "VNPay: đang được kiểm tra",
    "pws.payment.vnpay.refunded": "VNPay: đã hoàn tiền",
  },
  {
    "payments.checkout.vnpay": "VNPay: domestic ATM cards, international cards, VNPay-QR wallet",
    "vnpay.orderInfo": "Payment for order {number}",
    "vnpay.mail.body":
      "We have received your VNPay payment of {total} for order {number}. The producer will now prepare your goods and send them to you.",
    "vnpay.mail.failedBody":
      "The VNPay payment for order {number} did not go through, so the order was cancelled. Nothing was charged. You are welcome to order again at any time.",
    "vnpay.mail.expiredBody":
      "Order {number} was cancelled because the time to pay through VNPay ran out. Nothing was charged. You are welcome to order again at any time.",
    "vnpay.refund.mail.body":
      "The parcel from {producer} in order {number} was cancelled. We have refunded {amount} (its items and its shipping fee) through VNPay to the card or wallet you paid with. Depending on your bank, it may take 5–10 working days to reach your account.",
    "vnpay.view.pending": "VNPay payment: waiting for confirmation from VNPay",
    "vnpay.view.paid": "Paid through VNPay",
    "vnpay.view.failed": "The VNPay payment did not go through; the order was cancelled",
    "vnpay.view.expired": "The time to pay through VNPay ran out; the order was cancelled",
    "vnpay.view.needs_review": "Your VNPay payment is being checked; we will contact you",
    "vnpay.view.refunded": "Refunded through VNPay",
    "vnpay.return.title": "VNPay payment result",
    "vnpay.return.paid": "Payment successful. Thank you!",
    "vnpay.return.waiting":
      "VNPay reports the payment as successful; we are waiting for VNPay's confirmation. The order page will update in a moment.",
    "vnpay.return.failed":
      "The payment did not go through. Nothing was charged; the order was cancelled.",
    "vnpay.return.failedPending":
      "The payment did not go through. Nothing was charged; unless you pay, the order cancels itself after 20 minutes.",
    "vnpay.return.review": "Your payment is being checked; we will contact you.",
    "vnpay.return.invalid":
      "This payment result could not be verified (invalid signature). The order has not changed.",
    "vnpay.return.order": "Order",
    "vnpay.return.amount": "Amount",
    "vnpay.return.transaction": "VNPay transaction number",
    "vnpay.return.bank": "Bank",
    "vnpay.return.viewOrder": "View the order",
    "vnpay.return.home": "Back to the home page",
    "pws.payment.vnpay.pending": "VNPay: awaiting payment",
    "pws.payment.vnpay.paid": "VNPay: paid",
    "pws.payment.vnpay.failed": "VNPay: payment failed",
    "pws.payment.vnpay.expired": "VNPay: time to pay ran out",
    "pws.payment.vnpay.needs_review": "VNPay: being checked",
    "pws.payment.vnpay.refunded": "VNPay: refunded",
  },
);
