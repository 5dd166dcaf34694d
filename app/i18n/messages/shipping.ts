import { defineMessages } from "../define";

/** Shipping by weight and zone, and the checkout's totals before the order. */
export default defineMessages(
  {
    "shipping.fee": "Phí ship",
    "shipping.feeWeight": "Phí ship ({weight})",
    "shipping.free": "Miễn phí",
    "shipping.freeFrom": "Miễn phí ship cho kiện hàng từ {amount}",
    "shipping.estimate": "Giao trong {min}–{max} ngày",
    "shipping.zone.sameProvince": "nội tỉnh",
    "shipping.zone.sameRegion": "nội miền",
    "shipping.zone.otherRegion": "liên miền",
    "shipping.productLine": "Phí ship từ {fee}, giao trong {min}–{max} ngày đến {province}.",
    "shipping.productLineFree":
      "Phí ship từ {fee}, giao trong {min}–{max} ngày đến {province}; miễn phí ship cho kiện hàng từ {amount} của chủ thể này.",
    "shipping.productChange": "Đổi tỉnh nhận hàng ở bước thanh toán.",
    "shipping.cartEstimate":
      "Phí ship ước tính đến {province}: {fee} · giao trong {min}–{max} ngày",
    "shipping.cartNoProvince":
      "Phí ship tính theo khối lượng kiện hàng và khoảng cách (nội tỉnh, nội miền, liên miền); bạn thấy phí và tổng cộng ở bước thanh toán trước khi đặt hàng.",
    "shipping.checkout.shipTo": "Giao đến {province}",
    "shipping.checkout.chooseProvince":
      "Chọn tỉnh, thành phố nhận hàng để xem phí ship từng kiện hàng và tổng cộng.",
    "shipping.checkout.shipmentTotal": "Cộng kiện hàng",
    "shipping.checkout.shippingTotal": "Tổng phí ship",
    "shipping.checkout.total": "Tổng cộng",
    "shipping.checkout.totalToPay": "Tổng cộng phải trả: {total}",
    "shipping.checkout.seeTotal": "Xem phí ship và tổng cộng",
    "shipping.checkout.problemsLeftOut":
      "Các sản phẩm cần sửa trong giỏ hàng không được tính ở đây.",
    "shipping.error.totalChanged":
      "Tổng tiền đã thay đổi (giá, tồn kho hoặc phí ship vừa cập nhật): tổng mới là {total}. Đơn hàng chưa được đặt; vui lòng xem lại rồi bấm Đặt hàng.",
    "shipping.error.totalNotShown":
      "Vui lòng xem phí ship và tổng cộng ({total}) trước khi đặt hàng, rồi bấm Đặt hàng.",
    "shipping.weight.kg": "{kg} kg",
    "shipping.weight.g": "{g} g",
  },
  {
    "shipping.fee": "Shipping",
    "shipping.feeWeight": "Shipping ({weight})",
    "shipping.free": "Free",
    "shipping.freeFrom": "Free shipping on parcels from {amount}",
    "shipping.estimate": "Delivered in {min}–{max} days",
    "shipping.zone.sameProvince": "same province",
    "shipping.zone.sameRegion": "same region",
    "shipping.zone.otherRegion": "another region",
    "shipping.productLine": "Shipping from {fee}, delivered in {min}–{max} days to {province}.",
    "shipping.productLineFree":
      "Shipping from {fee}, delivered in {min}–{max} days to {province}; free shipping on this producer's parcels from {amount}.",
    "shipping.productChange": "You can change the delivery province at checkout.",
    "shipping.cartEstimate":
      "Estimated shipping to {province}: {fee} · delivered in {min}–{max} days",
    "shipping.cartNoProvince":
      "Shipping depends on each parcel's weight and distance (same province, same region, another region); you see the fees and the total at checkout before you order.",
    "shipping.checkout.shipTo": "Delivering to {province}",
    "shipping.checkout.chooseProvince":
      "Choose the delivery province to see each parcel's shipping fee and the total.",
    "shipping.checkout.shipmentTotal": "Parcel total",
    "shipping.checkout.shippingTotal": "Shipping total",
    "shipping.checkout.total": "Total",
    "shipping.checkout.totalToPay": "Total to pay: {total}",
    "shipping.checkout.seeTotal": "See shipping and total",
    "shipping.checkout.problemsLeftOut":
      "Products in your cart that need attention are not counted here.",
    "shipping.error.totalChanged":
      "The total has changed (a price, stock or shipping fee was just updated): the new total is {total}. Your order has not been placed; please check it and press Place order again.",
    "shipping.error.totalNotShown":
      "Please look at the shipping fees and the total ({total}) before ordering, then press Place order.",
    "shipping.weight.kg": "{kg} kg",
    "shipping.weight.g": "{g} g",
  },
);
