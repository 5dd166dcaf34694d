import { defineMessages } from "../define";

export default defineMessages(
  {
    "payments.checkout.card": "Thẻ ngân hàng, thẻ quốc tế (qua Stripe)",
    "payments.error.unavailable":
      "Chưa thể mở trang thanh toán thẻ. Đơn chưa được đặt; bạn có thể thử lại hoặc chọn thanh toán khi nhận hàng.",
    "payments.shippingLine": "Phí vận chuyển — {producer}",
    "payments.mail.subject": "Đã nhận thanh toán cho đơn {number}",
    "payments.mail.body":
      "Chúng tôi đã nhận {total} thanh toán bằng thẻ cho đơn {number}. Chủ thể OCOP sẽ chuẩn bị hàng và giao đến bạn.",
    "payments.mail.link": "Xem đơn hàng: {link}",
    "payments.mail.cancelledSubject": "Đơn {number} đã được huỷ vì chưa thanh toán",
    "payments.mail.failedBody":
      "Thanh toán bằng thẻ cho đơn {number} không thành công nên đơn đã được huỷ. Bạn không bị trừ tiền. Bạn có thể đặt hàng lại bất cứ lúc nào.",
    "payments.mail.expiredBody":
      "Đơn {number} đã được huỷ vì hết thời gian thanh toán bằng thẻ. Bạn không bị trừ tiền. Bạn có thể đặt hàng lại bất cứ lúc nào.",
    "payments.refund.mail.subject": "Đã hoàn {amount} cho đơn {number}",
    "payments.refund.mail.body":
      "Kiện hàng từ {producer} trong đơn {number} đã được huỷ. Chúng tôi đã hoàn {amount} (tiền hàng và phí giao hàng của kiện này) về thẻ bạn đã dùng để thanh toán. Tuỳ ngân hàng, tiền có thể mất 5–10 ngày làm việc để về tài khoản.",
    "payments.refund.pending": "Đang hoàn {amount} về thẻ của bạn",
    "payments.refund.succeeded": "Đã hoàn {amount} về thẻ của bạn",
    "payments.refund.failed": "Chưa hoàn được {amount} về thẻ; chúng tôi sẽ liên hệ với bạn",
    "payments.view.returned":
      "Cảm ơn bạn! Khi Stripe xác nhận thanh toán, chúng tôi sẽ gửi email kèm chi tiết đơn hàng.",
    "payments.view.leftCheckout":
      "Bạn đã rời trang thanh toán. Nếu chưa thanh toán, đơn sẽ tự huỷ sau 30 phút và bạn không bị trừ tiền.",
    "payments.view.pending": "Thanh toán bằng thẻ: đang chờ xác nhận từ Stripe",
    "payments.view.paid": "Đã thanh toán bằng thẻ",
    "payments.view.failed": "Thanh toán bằng thẻ không thành công; đơn đã được huỷ",
    "payments.view.expired": "Hết thời gian thanh toán bằng thẻ; đơn đã được huỷ",
    "payments.view.needs_review":
      "Thanh toán bằng thẻ đang được kiểm tra; chúng tôi sẽ liên hệ với bạn",
    "payments.view.refunded": "Đã hoàn tiền về thẻ",
  },
  {
    "payments.checkout.card": "Bank or international card (through Stripe)",
    "payments.error.unavailable":
      "The card payment page could not be opened. No order was placed; try again or choose cash on delivery.",
    "payments.shippingLine": "Shipping — {producer}",
    "payments.mail.subject": "Payment received for order {number}",
    "payments.mail.body":
      "We have received your card payment of {total} for order {number}. The producer will now prepare your goods and send them to you.",
    "payments.mail.link": "View the order: {link}",
    "payments.mail.cancelledSubject": "Order {number} cancelled: it was not paid",
    "payments.mail.failedBody":
      "The card payment for order {number} did not go through, so the order was cancelled. Nothing was charged. You are welcome to order again at any time.",
    "payments.mail.expiredBody":
      "Order {number} was cancelled because the time to pay by card ran out. Nothing was charged. You are welcome to order again at any time.",
    "payments.refund.mail.subject": "{amount} refunded for order {number}",
    "payments.refund.mail.body":
      "The parcel from {producer} in order {number} was cancelled. We have refunded {amount} (its items and its shipping fee) to the card you paid with. Depending on your bank, it may take 5–10 working days to reach your account.",
    "payments.refund.pending": "Refunding {amount} to your card",
    "payments.refund.succeeded": "{amount} refunded to your card",
    "payments.refund.failed":
      "{amount} could not be refunded to your card yet; we will contact you",
    "payments.view.returned":
      "Thank you! Once Stripe confirms the payment we will email you the order's details.",
    "payments.view.leftCheckout":
      "You left the payment page. If you have not paid, the order cancels itself after 30 minutes and nothing is charged.",
    "payments.view.pending": "Card payment: waiting for confirmation from Stripe",
    "payments.view.paid": "Paid by card",
    "payments.view.failed": "The card payment did not go through; the order was cancelled",
    "payments.view.expired": "The time to pay by card ran out; the order was cancelled",
    "payments.view.needs_review": "Your card payment is being checked; we will contact you",
    "payments.view.refunded": "Refunded to your card",
  },
);
