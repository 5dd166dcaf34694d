import { defineMessages } from "../define";

export default defineMessages(
  {
    "payments.checkout.card": "Thẻ ngân hàng, thẻ quốc tế (qua Stripe)",
    "payments.error.unavailable":
      "Chưa thể mở trang thanh toán thẻ. Đơn chưa được đặt; bạn có thể thử lại hoặc chọn thanh toán khi nhận hàng.",
    "payments.shippingLine": "Phí vận chuyển — {producer}",
    "payments.mail.subject": "Đã nhận thanh toán cho đơn {number}",
    "payments.mail.body":
      "Chúng tôi đã nhận {total} thanh toán bằng thẻ cho đơn {number}. Nhà sản xuất sẽ chuẩn bị hàng và giao đến bạn.",
    "payments.mail.link": "Xem đơn hàng: {link}",
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
    "payments.view.pending": "Card payment: waiting for confirmation from Stripe",
    "payments.view.paid": "Paid by card",
    "payments.view.failed": "The card payment did not go through; the order was cancelled",
    "payments.view.expired": "The time to pay by card ran out; the order was cancelled",
    "payments.view.needs_review": "Your card payment is being checked; we will contact you",
    "payments.view.refunded": "Refunded to your card",
  },
);
