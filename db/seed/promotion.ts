/**
 * Demo trade promotion: fairs and showrooms with catalogues of demo products, dated relative to
 * the day the seed runs so the public pages always have something on now and coming up.
 * Slugs are stable (end-to-end tests and the README may name them); only products the public
 * may see on that day are put in a catalogue.
 */
import { recordedState } from "../../app/domain/lifecycle/lifecycle";
import { PROMOTION_LIFECYCLE } from "../../app/domain/promotion/lifecycle";
import { and, inArray } from "drizzle-orm";
import {
  activeCertificateJoin,
  producerJoin,
  publicProductCondition,
} from "../../app/domain/catalog/visibility.server";
import { addDays } from "../../app/lib/dates";
import type { Db } from "../client";
import {
  certificates,
  producers,
  products,
  promotionEntries,
  promotions,
  type PublicationStatus,
  type ShowroomLocationType,
} from "../schema";

type DemoEntry = { slug: string; code: string; featured?: true };

type DemoFair = {
  slug: string;
  nameVi: (year: string) => string;
  nameEn: (year: string) => string;
  venue: string;
  provinceCode: string;
  organiserPlaceCode: string;
  /** Days from the seed's day. */
  startsIn: number;
  endsIn: number;
  descriptionVi: string;
  descriptionEn: string;
  status: PublicationStatus;
  entries: DemoEntry[];
};

export const DEMO_FAIRS: readonly DemoFair[] = [
  {
    slug: "hoi-cho-ocop-dat-to",
    nameVi: (y) => `Hội chợ OCOP Đất Tổ ${y}`,
    nameEn: (y) => `Đất Tổ OCOP Fair ${y}`,
    venue: "Quảng trường Hùng Vương, phường Việt Trì",
    provinceCode: "25",
    organiserPlaceCode: "25",
    startsIn: -2,
    endsIn: 4,
    descriptionVi:
      "Hội chợ thường niên của tỉnh Phú Thọ giới thiệu sản phẩm OCOP từ 3 sao trở lên của các hợp tác xã, doanh nghiệp và hộ sản xuất trong tỉnh, cùng gian hàng khách mời của các tỉnh trung du và miền núi phía Bắc.\n\nKhách tham quan được nếm thử ổi Sông Lô, chè, ngọn su su Tam Đảo, cơm lam Mai Châu và mua tận gốc từ người làm ra sản phẩm. Mỗi gian hàng có mã QR dẫn tới trang sản phẩm đã được xác minh chứng nhận.",
    descriptionEn:
      "Phú Thọ province's yearly fair of OCOP products rated 3 stars and more, from the province's cooperatives, enterprises and households, with guest booths from the northern midlands and mountains.\n\nVisitors can taste Sông Lô guava, tea, Tam Đảo chayote shoots and Mai Châu bamboo-tube rice and buy straight from the people who make them. Every booth carries QR codes to the products' verified pages.",
    status: "published",
    entries: [
      { slug: "oi-le-song-lo", code: "A01", featured: true },
      { slug: "ngon-su-su-tam-dao", code: "A05", featured: true },
      { slug: "homestay-nha-san-ban-lac", code: "A09", featured: true },
      { slug: "oi-ruot-do-song-lo", code: "A01" },
      { slug: "tra-la-oi-song-lo", code: "A02" },
      { slug: "nuoc-ep-oi-song-lo", code: "A02" },
      { slug: "su-su-qua-tam-dao", code: "A05" },
      { slug: "mang-nua-kho-tam-dao", code: "A06" },
      { slug: "khan-tho-cam-thai-mai-chau", code: "A09" },
      { slug: "com-lam-mai-chau", code: "A10" },
      { slug: "che-dinh-tan-cuong", code: "B01" },
      { slug: "vai-thieu-luc-ngan", code: "B03" },
    ],
  },
  {
    slug: "tuan-le-ocop-mien-nui-phia-bac-tai-ha-noi",
    nameVi: (y) => `Tuần lễ sản phẩm OCOP miền núi phía Bắc tại Hà Nội ${y}`,
    nameEn: (y) => `Northern Highlands OCOP Week in Hà Nội ${y}`,
    venue: "Phố đi bộ hồ Hoàn Kiếm, phường Hoàn Kiếm",
    provinceCode: "01",
    organiserPlaceCode: "01",
    startsIn: 18,
    endsIn: 24,
    descriptionVi:
      "Thành phố Hà Nội phối hợp với các tỉnh miền núi phía Bắc đưa chè Shan tuyết, mật ong bạc hà, thổ cẩm và dược liệu về phục vụ người dân và du khách Thủ đô. Các gian hàng được bố trí theo tỉnh, có trình diễn pha trà và dệt thổ cẩm.",
    descriptionEn:
      "Hà Nội and the northern mountain provinces bring Shan tuyết tea, mint-flower honey, brocade and herbal products to the capital's residents and visitors. Booths are grouped by province, with tea-making and weaving demonstrations.",
    status: "published",
    entries: [
      { slug: "che-shan-tuyet-cao-bo", code: "TQ-01", featured: true },
      { slug: "mat-ong-bac-ha-lung-cu", code: "TQ-02", featured: true },
      { slug: "bach-tra-shan-tuyet-cao-bo", code: "TQ-01" },
      { slug: "tra-o-long-moc-chau", code: "SL-01" },
      { slug: "khan-pieu-chieng-ban", code: "SL-02" },
      { slug: "vay-tho-cam-dao-do", code: "LC-01" },
      { slug: "tinh-dau-que-van-yen", code: "LC-02" },
      { slug: "trek-ruong-bac-thang-ta-van", code: "LC-03" },
      { slug: "tra-hoa-vang-ba-che", code: "QN-01" },
    ],
  },
  {
    slug: "hoi-cho-ocop-dong-bang-song-cuu-long",
    nameVi: (y) => `Hội chợ OCOP đồng bằng sông Cửu Long ${y}`,
    nameEn: (y) => `Mekong Delta OCOP Fair ${y}`,
    venue: "Khu triển lãm bến Ninh Kiều, phường Ninh Kiều",
    provinceCode: "92",
    organiserPlaceCode: "92",
    startsIn: -45,
    endsIn: -40,
    descriptionVi:
      "Hội chợ vùng đồng bằng sông Cửu Long quy tụ nước mắm, kẹo dừa, bánh pía, mật ong rừng và các sản phẩm từ sen, dừa của các tỉnh miền Tây.",
    descriptionEn:
      "The Mekong Delta's regional fair: fish sauce, coconut candy, pía cakes, forest honey and lotus and coconut products from the delta provinces.",
    status: "published",
    entries: [
      { slug: "nuoc-mam-phu-quoc-40-dam", code: "C01", featured: true },
      { slug: "tom-kho-rach-goc", code: "C02", featured: true },
      { slug: "keo-dua-sau-rieng", code: "C03" },
      { slug: "keo-dua-la-dua", code: "C03" },
      { slug: "banh-pia-sau-rieng-trung", code: "C04" },
      { slug: "mat-ong-rung-u-minh", code: "C05" },
      { slug: "hat-sen-say-thap-muoi", code: "C06" },
      { slug: "bonsai-mai-chieu-thuy", code: "C07" },
    ],
  },
  {
    slug: "phien-cho-ocop-xa-song-lo",
    nameVi: (y) => `Phiên chợ OCOP xã Sông Lô ${y}`,
    nameEn: (y) => `Sông Lô Commune OCOP Market Day ${y}`,
    venue: "Sân vận động xã Sông Lô",
    provinceCode: "25",
    organiserPlaceCode: "08848",
    startsIn: 30,
    endsIn: 31,
    descriptionVi:
      "Phiên chợ cuối tuần giới thiệu ổi và các sản phẩm từ ổi của xã Sông Lô. Bản nháp: đang chờ các hợp tác xã xác nhận gian hàng.",
    descriptionEn:
      "A weekend market day for Sông Lô's guava and guava products. Draft: waiting for the cooperatives to confirm their booths.",
    status: "draft",
    entries: [
      { slug: "oi-le-song-lo", code: "01", featured: true },
      { slug: "oi-ruot-do-song-lo", code: "02" },
      { slug: "tra-la-oi-song-lo", code: "03" },
      { slug: "nuoc-ep-oi-song-lo", code: "04" },
    ],
  },
];

type DemoShowroom = {
  slug: string;
  nameVi: string;
  nameEn: string;
  provinceCode: string;
  communeCode: string;
  address: string;
  locationType: ShowroomLocationType;
  openingHours: string;
  contactPhone: string | null;
  contactEmail: string | null;
  organiserPlaceCode: string;
  descriptionVi: string;
  descriptionEn: string;
  entries: DemoEntry[];
};

export const DEMO_SHOWROOMS: readonly DemoShowroom[] = [
  {
    slug: "diem-ocop-tram-dung-nghi-phu-ninh",
    nameVi: "Điểm giới thiệu sản phẩm OCOP – Trạm dừng nghỉ Phù Ninh",
    nameEn: "OCOP showroom – Phù Ninh highway rest stop",
    provinceCode: "25",
    communeCode: "08230",
    address: "Trạm dừng nghỉ Phù Ninh, cao tốc Nội Bài – Lào Cai (chiều đi Lào Cai)",
    locationType: "highway_rest_stop",
    openingHours: "6:00–22:00 hằng ngày",
    contactPhone: "0912345678",
    contactEmail: "ocop.phuninh@demo.cho-ocop.vn",
    organiserPlaceCode: "25",
    descriptionVi:
      "Quầy sản phẩm OCOP của tỉnh Phú Thọ ngay tại trạm dừng nghỉ: đặc sản đóng gói sẵn, dễ mang theo cho khách đi đường, có hoá đơn và tem truy xuất nguồn gốc.",
    descriptionEn:
      "Phú Thọ province's OCOP counter right at the rest stop: packaged specialities that travel well, with receipts and traceability labels.",
    entries: [
      { slug: "oi-le-song-lo", code: "K1", featured: true },
      { slug: "tra-la-oi-song-lo", code: "K1" },
      { slug: "nuoc-ep-oi-song-lo", code: "K2" },
      { slug: "mang-nua-kho-tam-dao", code: "K2" },
      { slug: "com-lam-mai-chau", code: "K3", featured: true },
      { slug: "khan-tho-cam-thai-mai-chau", code: "K3" },
      { slug: "che-non-tom-tan-cuong", code: "K4" },
      { slug: "mat-ong-hoa-vai-luc-ngan", code: "K4" },
    ],
  },
  {
    slug: "diem-ocop-lang-gom-bat-trang",
    nameVi: "Điểm giới thiệu sản phẩm OCOP làng gốm Bát Tràng",
    nameEn: "OCOP showroom of Bát Tràng pottery village",
    provinceCode: "01",
    communeCode: "00577",
    address: "Chợ gốm Bát Tràng, thôn Giang Cao",
    locationType: "craft_village",
    openingHours: "8:00–18:00, thứ Hai đến Chủ nhật",
    contactPhone: "0987654321",
    contactEmail: null,
    organiserPlaceCode: "00577",
    descriptionVi:
      "Gian trưng bày trong chợ gốm giới thiệu gốm men lam, men rạn và các sản phẩm thủ công mỹ nghệ OCOP của Hà Nội. Khách có thể xem nghệ nhân vuốt gốm ngay bên cạnh.",
    descriptionEn:
      "A showroom inside the pottery market with blue-glazed and crackle-glazed ceramics and Hà Nội's other OCOP handicrafts. Potters throw clay right next door.",
    entries: [
      { slug: "bo-am-chen-men-lam-bat-trang", code: "G1", featured: true },
      { slug: "binh-hoa-men-ran-bat-trang", code: "G1", featured: true },
      { slug: "bo-bat-dia-men-ngoc", code: "G2" },
      { slug: "lo-hoa-gom-mini-bat-trang", code: "G2" },
      { slug: "tranh-kham-trai-chuyen-my", code: "G3" },
      { slug: "hop-trang-suc-kham-trai", code: "G3" },
      { slug: "khay-tra-kham-trai", code: "G4" },
      { slug: "lua-to-tam-duy-tien", code: "G5" },
    ],
  },
  {
    slug: "diem-ocop-pho-co-hoi-an",
    nameVi: "Điểm bán sản phẩm OCOP phố cổ Hội An",
    nameEn: "Hội An Old Town OCOP shop",
    provinceCode: "48",
    communeCode: "20410",
    address: "Nhà cổ số 12 đường Trần Phú",
    locationType: "tourist_site",
    openingHours: "8:00–21:30 hằng ngày",
    contactPhone: null,
    contactEmail: "ocop.hoian@demo.cho-ocop.vn",
    organiserPlaceCode: "48",
    descriptionVi:
      "Điểm bán trong khu phố cổ giới thiệu sản phẩm OCOP của Đà Nẵng, Huế và các tỉnh miền Trung cho du khách: sâm Ngọc Linh, tinh dầu tràm, mè xửng và các tour trải nghiệm rừng dừa.",
    descriptionEn:
      "A shop in the Old Town presenting OCOP products of Đà Nẵng, Huế and central Vietnam to visitors: Ngọc Linh ginseng, cajeput oil, sesame candy and coconut-forest tours.",
    entries: [
      { slug: "thuyen-thung-rung-dua-bay-mau", code: "Q1", featured: true },
      { slug: "tra-sam-ngoc-linh", code: "Q2", featured: true },
      // Not "ruou-sam-ngoc-linh" (40%): a showroom's catalogue is promotion (decision 0027).
      { slug: "tinh-dau-tram-hue", code: "Q3" },
      { slug: "me-xung-hue", code: "Q4" },
      { slug: "tra-cung-dinh-hue", code: "Q4" },
      { slug: "hoc-nau-an-cam-thanh", code: "Q5" },
    ],
  },
];

/** Ids of the named products the public may see on `today`: the only ones a catalogue takes. */
async function visibleProductIds(
  db: Db,
  slugs: string[],
  today: string,
): Promise<Map<string, number>> {
  const rows = await db
    .select({ id: products.id, slug: products.slug })
    .from(products)
    .innerJoin(producers, producerJoin)
    .innerJoin(certificates, activeCertificateJoin)
    .where(and(inArray(products.slug, slugs), publicProductCondition(today)));
  return new Map(rows.map((r) => [r.slug, r.id]));
}

function catalogue(entries: readonly DemoEntry[], ids: Map<string, number>) {
  return entries.flatMap((e, position) => {
    const productId = ids.get(e.slug);
    return productId === undefined
      ? []
      : [{ productId, code: e.code, featured: e.featured ?? false, position }];
  });
}

/** Seeds the demo fairs and showrooms (the products must be seeded first), in one transaction. */
export async function seedPromotion(
  db: Db,
  today: string,
): Promise<{ fairs: number; showrooms: number }> {
  const slugs = [...DEMO_FAIRS, ...DEMO_SHOWROOMS].flatMap((x) => x.entries.map((e) => e.slug));
  const ids = await visibleProductIds(db, [...new Set(slugs)], today);
  await db.transaction(async (tx) => {
    const insert = async (
      values: typeof promotions.$inferInsert,
      demoEntries: readonly DemoEntry[],
    ): Promise<void> => {
      const [row] = await tx.insert(promotions).values(values).returning({ id: promotions.id });
      if (!row) throw new Error(`${values.kind} ${values.slug} was not saved`);
      const entries = catalogue(demoEntries, ids);
      if (entries.length === 0) return;
      await tx.insert(promotionEntries).values(
        entries.map((e) => ({
          promotionId: row.id,
          productId: e.productId,
          spotCode: e.code,
          featured: e.featured,
          position: e.position,
        })),
      );
    };
    for (const f of DEMO_FAIRS) {
      const startsOn = addDays(today, f.startsIn);
      const year = startsOn.slice(0, 4);
      await insert(
        {
          kind: "fair",
          slug: f.slug,
          nameVi: f.nameVi(year),
          nameEn: f.nameEn(year),
          venue: f.venue,
          provinceCode: f.provinceCode,
          startsOn,
          endsOn: addDays(today, f.endsIn),
          descriptionVi: f.descriptionVi,
          descriptionEn: f.descriptionEn,
          organiserPlaceCode: f.organiserPlaceCode,
          status: recordedState(PROMOTION_LIFECYCLE, f.status),
        },
        f.entries,
      );
    }
    for (const s of DEMO_SHOWROOMS) {
      const { entries, ...values } = s;
      await insert(
        { ...values, kind: "showroom", status: recordedState(PROMOTION_LIFECYCLE, "published") },
        entries,
      );
    }
  });
  return { fairs: DEMO_FAIRS.length, showrooms: DEMO_SHOWROOMS.length };
}
