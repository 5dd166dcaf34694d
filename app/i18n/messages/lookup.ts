import { defineMessages } from "../define";

/** A guest's order without email: the checkout's email field, keeping the number, the look-up. */
export default defineMessages(
  {
    "orders.checkout.emailOptional": "(không bắt buộc)",
    "orders.checkout.emailHint":
      "Không có email, bạn sẽ không nhận được email xác nhận. Hãy lưu mã đơn hàng và đường liên kết hiện ra sau khi đặt; bạn cũng có thể tra cứu đơn bằng số điện thoại và mã đơn.",
    "orders.view.placedNoEmail":
      "Cảm ơn bạn! Đơn hàng đã được đặt. Bạn không để lại email nên sẽ không có email xác nhận.",
    "orders.saved.title": "Lưu lại mã đơn và đường liên kết này",
    "orders.saved.body":
      "Mã đơn và đường liên kết riêng là cách để mở lại đơn hàng. Bạn cũng có thể tra cứu đơn bằng số điện thoại và mã đơn tại trang Tra cứu đơn hàng.",
    "orders.saved.number": "Mã đơn hàng",
    "orders.saved.link": "Đường liên kết riêng",
    "orders.saved.copy": "Sao chép",
    "orders.saved.copied": "Đã sao chép",
    "orders.saved.lookup": "Tra cứu đơn hàng",
    "orders.lookup.title": "Tra cứu đơn hàng",
    "orders.lookup.intro":
      "Nhập số điện thoại bạn đã dùng khi đặt hàng và mã đơn hàng (dạng OC-XXX-XXXX) để mở lại đơn trên trình duyệt này.",
    "orders.lookup.phone": "Số điện thoại đặt hàng",
    "orders.lookup.number": "Mã đơn hàng",
    "orders.lookup.numberHint": "Ví dụ: OC-7K3-9F2Q",
    "orders.lookup.submit": "Tìm đơn hàng",
    "orders.lookup.link": "Tra cứu đơn hàng",
    "orders.lookup.cartLink": "Đã đặt hàng? Tra cứu đơn hàng",
    "orders.lookup.error.number": "Mã đơn hàng chưa đúng: dạng OC-XXX-XXXX.",
    "orders.lookup.error.notFound":
      "Không tìm thấy đơn hàng với số điện thoại và mã đơn này. Hãy kiểm tra lại cả hai.",
    "orders.lookup.error.rateLimited":
      "Bạn đã thử quá nhiều lần. Vui lòng đợi 15 phút rồi thử lại.",
    "orders.lookup.error.form": "Vui lòng sửa các ô được đánh dấu.",
  },
  {
    "orders.checkout.emailOptional": "(optional)",
    "orders.checkout.emailHint":
      "Without an email you get no email confirmation. Keep the order number and the link shown after ordering; you can also look the order up by phone number and order number.",
    "orders.view.placedNoEmail":
      "Thank you! Your order is placed. You left no email, so no confirmation email will come.",
    "orders.saved.title": "Keep this order number and link",
    "orders.saved.body":
      "The order number and the private link are how you open this order again. You can also find it by phone number and order number on the Find my order page.",
    "orders.saved.number": "Order number",
    "orders.saved.link": "Private link",
    "orders.saved.copy": "Copy",
    "orders.saved.copied": "Copied",
    "orders.saved.lookup": "Find my order",
    "orders.lookup.title": "Find my order",
    "orders.lookup.intro":
      "Enter the phone number you ordered with and the order number (OC-XXX-XXXX) to open the order again in this browser.",
    "orders.lookup.phone": "Phone number used for the order",
    "orders.lookup.number": "Order number",
    "orders.lookup.numberHint": "For example: OC-7K3-9F2Q",
    "orders.lookup.submit": "Find the order",
    "orders.lookup.link": "Find my order",
    "orders.lookup.cartLink": "Ordered already? Find my order",
    "orders.lookup.error.number": "This order number looks wrong: it reads OC-XXX-XXXX.",
    "orders.lookup.error.notFound":
      "No order matches this phone number and order number. Please check both.",
    "orders.lookup.error.rateLimited": "Too many attempts. Please wait 15 minutes and try again.",
    "orders.lookup.error.form": "Please correct the marked fields.",
  },
);
