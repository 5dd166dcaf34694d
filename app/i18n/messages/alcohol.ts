import { defineMessages } from "../define";

/**
 * Drinks with alcohol under Law 44/2019/QH14 (decision 0027): the strength field, the age
 * confirmation at checkout, the product page's notice, and why no offer covers them.
 */
export default defineMessages(
  {
    "alcohol.field.label": "Độ cồn (% thể tích)",
    "alcohol.field.hint":
      "Chỉ với đồ uống có cồn, ví dụ 40 hoặc 12,5; để trống nếu sản phẩm không có cồn. Từ 15% trở lên: chỉ bán cho người đủ 18 tuổi, không được quảng cáo và không được đưa vào vị trí nổi bật, hội chợ, điểm bán OCOP hay miễn phí ship.",
    "alcohol.strength": "Độ cồn {percent}%",
    "alcohol.notice": "Không bán cho người dưới 18 tuổi.",
    "alcohol.noticeNoPromotion":
      "Theo Luật Phòng, chống tác hại của rượu, bia (44/2019/QH14), rượu từ 15 độ cồn không được quảng cáo và không bán cho người dưới 18 tuổi; Chợ OCOP không khuyến mại sản phẩm này.",
    "alcohol.checkout.legend": "Đồ uống có cồn",
    "alcohol.checkout.why":
      "Đơn hàng có đồ uống từ 15 độ cồn trở lên. Theo Luật Phòng, chống tác hại của rượu, bia (44/2019/QH14), không bán cho người dưới 18 tuổi.",
    "alcohol.checkout.confirm": "Tôi xác nhận đã đủ 18 tuổi",
    "alcohol.error.ageRequired":
      "Độ tuổi: hãy xác nhận bạn đã đủ 18 tuổi để mua đồ uống từ 15 độ cồn.",
    "alcohol.error.range": "Độ cồn: nhập một số từ 0 đến 100, tối đa một chữ số thập phân.",
    "alcohol.error.notPromotable":
      "Đồ uống từ 15 độ cồn không được đưa vào hội chợ, điểm bán OCOP hay vị trí nổi bật (Luật 44/2019/QH14, khoản 7 Điều 5).",
    "alcohol.shipping.excluded":
      "Chợ OCOP không khuyến mại đồ uống từ 15 độ cồn (Luật 44/2019/QH14): giá trị {amount} của chúng không tính vào mức miễn phí ship.",
    "alcohol.shipping.excludedCharged":
      "Chợ OCOP không khuyến mại đồ uống từ 15 độ cồn (Luật 44/2019/QH14): phần còn lại được miễn phí ship, riêng chúng ({weight}) vẫn tính phí ship.",
    "alcohol.order.ageConfirmed": "Người mua xác nhận đã đủ 18 tuổi lúc {time}.",
    "alcohol.admin.title": "Độ cồn",
    "alcohol.admin.save": "Lưu độ cồn",
    "alcohol.admin.saved": "Đã lưu độ cồn.",
  },
  {
    "alcohol.field.label": "Alcohol strength (% ABV)",
    "alcohol.field.hint":
      "Drinks with alcohol only, e.g. 40 or 12.5; leave empty for a product without alcohol. 15% and more: sold only to people 18 or older, never advertised, and kept out of featured slots, fairs, showrooms and free shipping.",
    "alcohol.strength": "Alcohol {percent}% ABV",
    "alcohol.notice": "Not sold to people under 18.",
    "alcohol.noticeNoPromotion":
      "Under the Law on preventing harms of alcohol (44/2019/QH14), spirits of 15% alcohol or more may not be advertised and are not sold to people under 18; Chợ OCOP runs no offers on them.",
    "alcohol.checkout.legend": "Drinks with alcohol",
    "alcohol.checkout.why":
      "This order holds a drink of 15% alcohol or more. Under the Law on preventing harms of alcohol (44/2019/QH14) it is not sold to people under 18.",
    "alcohol.checkout.confirm": "I confirm I am 18 or older",
    "alcohol.error.ageRequired":
      "Age: confirm you are 18 or older to buy drinks of 15% alcohol or more.",
    "alcohol.error.range":
      "Alcohol strength: enter a number from 0 to 100, with at most one decimal.",
    "alcohol.error.notPromotable":
      "Drinks of 15% alcohol or more cannot be put in a fair, a showroom or a featured slot (Law 44/2019/QH14, art. 5 §7).",
    "alcohol.shipping.excluded":
      "Chợ OCOP runs no offers on drinks of 15% alcohol or more (Law 44/2019/QH14): their {amount} does not count towards free shipping.",
    "alcohol.shipping.excludedCharged":
      "Chợ OCOP runs no offers on drinks of 15% alcohol or more (Law 44/2019/QH14): the rest ships free, but they ({weight}) still pay shipping.",
    "alcohol.order.ageConfirmed": "The buyer confirmed being 18 or older at {time}.",
    "alcohol.admin.title": "Alcohol strength",
    "alcohol.admin.save": "Save alcohol strength",
    "alcohol.admin.saved": "Alcohol strength saved.",
  },
);
