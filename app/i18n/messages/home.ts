import { defineMessages } from "../define";

export default defineMessages(
  {
    "home.meta.title": "Chợ OCOP – Sản phẩm OCOP 3–5 sao còn hiệu lực chứng nhận",
    "home.hero.kicker": "Chương trình mỗi xã một sản phẩm",
    "home.hero.title": "Đặc sản địa phương, đã được chấm sao OCOP",
    "home.hero.lead":
      "OCOP là chương trình quốc gia đánh giá và xếp hạng sản phẩm đặc trưng của từng địa phương từ 3 đến 5 sao. Ở đây chỉ bán sản phẩm còn hiệu lực chứng nhận.",
    "home.hero.stats": "{products} sản phẩm từ {provinces} tỉnh, thành",
    "home.hero.browse": "Xem sản phẩm",
    "home.hero.lookup": "Tra cứu chứng nhận",
    "home.groups.title": "Nhóm sản phẩm",
    "home.groups.count": "{count} sản phẩm",
    "home.groups.countOne": "1 sản phẩm",
    "home.groups.none": "Chưa có sản phẩm",
    "home.featured.title": "Sản phẩm 5 sao và 4 sao",
    "home.newest.title": "Sản phẩm mới",
    "home.provinces.title": "Theo tỉnh, thành",
    "home.provinces.unit": "sản phẩm",
    "home.provinces.unitOne": "sản phẩm",
    "home.empty": "Chưa có sản phẩm nào đang được chứng nhận. Vui lòng quay lại sau.",
  },
  {
    "home.meta.title": "Chợ OCOP – 3 to 5-star OCOP products with valid certificates",
    "home.hero.kicker": "One Commune One Product",
    "home.hero.title": "Local specialities, rated by Vietnam's OCOP programme",
    "home.hero.lead":
      "OCOP is Vietnam's national programme that rates each locality's signature products from 3 to 5 stars. Only products with a valid certificate are sold here.",
    "home.hero.stats": "{products} products from {provinces} provinces and cities",
    "home.hero.browse": "Browse products",
    "home.hero.lookup": "Check a certificate",
    "home.groups.title": "Product groups",
    "home.groups.count": "{count} products",
    "home.groups.countOne": "1 product",
    "home.groups.none": "No products yet",
    "home.featured.title": "5-star and 4-star products",
    "home.newest.title": "New products",
    "home.provinces.title": "By province",
    "home.provinces.unit": "products",
    "home.provinces.unitOne": "product",
    "home.empty": "No products are certified at the moment. Please come back later.",
  },
);
