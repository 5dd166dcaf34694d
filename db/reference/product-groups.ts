/**
 * OCOP product groups ("ngành") and their product sets ("bộ sản phẩm"), one scheme per legal
 * basis. Codes appear in URLs and in seed data, so they never change once published; a group
 * that is the same in two schemes keeps the same code ("thuc-pham"), a group that differs gets
 * its own. The 2019 scheme's intermediate level ("nhóm") is kept as its product sets.
 */
export type ProductSetData = {
  code: string;
  nameVi: string;
  nameEn: string;
  /** The "nhóm" a set belongs to inside its group, where the scheme has that level (26/2026). */
  subgroupVi?: string;
  subgroupEn?: string;
};
export type ProductGroupData = {
  code: string;
  nameVi: string;
  nameEn: string;
  sets: readonly ProductSetData[];
};
export type ProductGroupScheme = {
  /** The legal basis the scheme was issued under. */
  legalBasisCode: string;
  /** Where the names were read; "secondary" until the primary text is in hand. */
  sourceKind: "primary" | "secondary";
  source: string;
  groups: readonly ProductGroupData[];
};

/** Quyết định 1048/QĐ-TTg (2019): six groups. Historical: certificates issued then name them. */
const SCHEME_2019: ProductGroupScheme = {
  legalBasisCode: "2019",
  sourceKind: "secondary",
  source: "Quyết định 1048/QĐ-TTg, 21/08/2019, as reported and as the seed articles quote it",
  groups: [
    {
      code: "thuc-pham",
      nameVi: "Thực phẩm",
      nameEn: "Food",
      sets: [
        { code: "thuc-pham-tuoi-song", nameVi: "Thực phẩm tươi sống", nameEn: "Fresh food" },
        {
          code: "thuc-pham-tho-so-che",
          nameVi: "Thực phẩm thô, sơ chế",
          nameEn: "Raw and semi-processed food",
        },
        { code: "thuc-pham-che-bien", nameVi: "Thực phẩm chế biến", nameEn: "Processed food" },
        { code: "gia-vi", nameVi: "Gia vị", nameEn: "Spices and condiments" },
        { code: "che", nameVi: "Chè", nameEn: "Tea" },
        { code: "ca-phe-ca-cao", nameVi: "Cà phê, ca cao", nameEn: "Coffee and cocoa" },
      ],
    },
    {
      code: "do-uong",
      nameVi: "Đồ uống",
      nameEn: "Beverages",
      sets: [
        { code: "ruou", nameVi: "Đồ uống có cồn", nameEn: "Alcoholic drinks" },
        { code: "do-uong-khong-con", nameVi: "Đồ uống không cồn", nameEn: "Non-alcoholic drinks" },
      ],
    },
    {
      code: "thao-duoc",
      nameVi: "Thảo dược",
      nameEn: "Herbal products",
      sets: [
        {
          code: "thuc-pham-chuc-nang",
          nameVi: "Thực phẩm chức năng, thuốc dược liệu, thuốc y học cổ truyền",
          nameEn: "Health supplements, herbal and traditional medicines",
        },
        {
          code: "my-pham-thao-duoc",
          nameVi: "Mỹ phẩm có nguồn gốc thảo dược",
          nameEn: "Cosmetics of herbal origin",
        },
        { code: "thao-duoc-khac", nameVi: "Thảo dược khác", nameEn: "Other herbal products" },
      ],
    },
    {
      code: "vai-may-mac",
      nameVi: "Vải và may mặc",
      nameEn: "Textiles and garments",
      sets: [{ code: "vai-may-mac", nameVi: "Vải, may mặc", nameEn: "Fabrics and garments" }],
    },
    {
      code: "luu-niem-noi-that-trang-tri",
      nameVi: "Lưu niệm – nội thất – trang trí",
      nameEn: "Souvenirs, furniture and decoration",
      sets: [
        {
          code: "luu-niem-noi-that-trang-tri",
          nameVi: "Lưu niệm, nội thất, trang trí",
          nameEn: "Souvenirs, furniture and decoration",
        },
      ],
    },
    {
      code: "dich-vu-du-lich-ban-hang",
      nameVi: "Dịch vụ du lịch nông thôn và bán hàng",
      nameEn: "Rural tourism services and retail",
      sets: [
        {
          code: "dich-vu-du-lich-ban-hang",
          nameVi: "Dịch vụ du lịch nông thôn, bán hàng",
          nameEn: "Rural tourism services and retail",
        },
      ],
    },
  ],
};

/** Quyết định 148/QĐ-TTg (2023): the scheme the catalogue files products under. */
const SCHEME_2023: ProductGroupScheme = {
  legalBasisCode: "2023",
  sourceKind: "secondary",
  source:
    "Quyết định 919/QĐ-TTg, 01/08/2022 and 148/QĐ-TTg, 24/02/2023: group names as issue 12 gives them after checking the texts",
  groups: [
    {
      code: "thuc-pham",
      nameVi: "Thực phẩm",
      nameEn: "Food",
      sets: [
        { code: "thuc-pham-tuoi-song", nameVi: "Thực phẩm tươi sống", nameEn: "Fresh food" },
        {
          code: "thuc-pham-tho-so-che",
          nameVi: "Thực phẩm thô, sơ chế",
          nameEn: "Raw and semi-processed food",
        },
        { code: "thuc-pham-che-bien", nameVi: "Thực phẩm chế biến", nameEn: "Processed food" },
        { code: "gia-vi", nameVi: "Gia vị", nameEn: "Spices and condiments" },
        { code: "che", nameVi: "Chè", nameEn: "Tea" },
        { code: "ca-phe-ca-cao", nameVi: "Cà phê, ca cao", nameEn: "Coffee and cocoa" },
      ],
    },
    {
      code: "do-uong",
      nameVi: "Đồ uống",
      nameEn: "Beverages",
      sets: [
        {
          code: "ruou",
          nameVi: "Đồ uống có cồn (rượu)",
          nameEn: "Alcoholic drinks and rice spirits",
        },
        { code: "do-uong-khong-con", nameVi: "Đồ uống không cồn", nameEn: "Non-alcoholic drinks" },
      ],
    },
    {
      // The code stays "thao-duoc" (URLs); the name is the one 919/148 use.
      code: "thao-duoc",
      nameVi: "Dược liệu và sản phẩm từ dược liệu",
      nameEn: "Medicinal materials and products made from them",
      sets: [
        {
          code: "thuc-pham-chuc-nang",
          nameVi: "Sản phẩm từ thảo dược (thực phẩm chức năng, thuốc)",
          nameEn: "Herbal health products",
        },
        { code: "my-pham-thao-duoc", nameVi: "Mỹ phẩm từ thảo dược", nameEn: "Herbal cosmetics" },
        {
          code: "tinh-dau",
          nameVi: "Tinh dầu và thảo dược khác",
          nameEn: "Essential oils and other herbs",
        },
      ],
    },
    {
      code: "thu-cong-my-nghe",
      nameVi: "Hàng thủ công mỹ nghệ",
      nameEn: "Handicrafts",
      sets: [
        { code: "det-may", nameVi: "Dệt may, thổ cẩm", nameEn: "Textiles and brocade" },
        {
          code: "thu-cong-trang-tri",
          nameVi: "Thủ công mỹ nghệ, gia dụng, trang trí",
          nameEn: "Crafts, household and decorative goods",
        },
      ],
    },
    {
      code: "sinh-vat-canh",
      nameVi: "Sinh vật cảnh",
      nameEn: "Ornamental plants and animals",
      sets: [
        // Flowers, ornamental plants and ornamental animals are separate: the existing
        // "hoa-cay-canh" row keeps its code (URLs, products) and is now flowers only.
        { code: "hoa-cay-canh", nameVi: "Hoa", nameEn: "Flowers" },
        { code: "cay-canh", nameVi: "Cây cảnh", nameEn: "Ornamental plants" },
        { code: "dong-vat-canh", nameVi: "Động vật cảnh", nameEn: "Ornamental animals" },
      ],
    },
    {
      code: "du-lich",
      nameVi: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
      nameEn: "Community tourism, eco-tourism and destinations",
      sets: [
        {
          code: "du-lich-cong-dong",
          nameVi: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
          nameEn: "Community tourism, eco-tourism and destinations",
        },
      ],
    },
  ],
};

/** One set of 26/2026 with its "nhóm" (subgroup) inside the group. */
function set26(
  code: string,
  nameVi: string,
  nameEn: string,
  subgroupVi: string,
  subgroupEn: string,
): ProductSetData {
  return { code, nameVi, nameEn, subgroupVi, subgroupEn };
}

/**
 * Quyết định 26/2026/QĐ-TTg (22/05/2026): 6 groups ("ngành"), 17 subgroups ("nhóm"), 26 product
 * sets ("bộ sản phẩm"), each set with its own criteria. Read from a SECONDARY source only: a
 * public open-source OCOP management project's reference data that cites the decision's
 * Appendix I (classification) and Appendix II (set names), read on 2026-12-07; the primary text
 * (vanban.chinhphu.vn) has not been read. Group codes are the 2023 ones where the group is the
 * same thing; the set codes are this scheme's own (its rows are separate from 2023's).
 */
const SCHEME_2026: ProductGroupScheme = {
  legalBasisCode: "2026",
  sourceKind: "secondary",
  source:
    "26/2026/QĐ-TTg, 22/05/2026, Appendices I and II as cited by a public OCOP management project (read 2026-12-07); primary text not read",
  groups: [
    {
      code: "thuc-pham",
      nameVi: "Thực phẩm",
      nameEn: "Food",
      sets: [
        set26(
          "rau-cu-qua-hat-tuoi",
          "Rau, củ, quả, hạt tươi",
          "Fresh vegetables, tubers, fruit and nuts",
          "Thực phẩm tươi sống",
          "Fresh food",
        ),
        set26(
          "thit-thuy-san-trung-sua-tuoi",
          "Thịt, thủy sản, trứng, sữa tươi",
          "Fresh meat, seafood, eggs and milk",
          "Thực phẩm tươi sống",
          "Fresh food",
        ),
        set26(
          "gao-ngu-coc-hat-so-che",
          "Gạo, ngũ cốc, hạt sơ chế khác",
          "Rice, cereals and other semi-processed grains",
          "Thực phẩm thô, sơ chế",
          "Raw and semi-processed food",
        ),
        set26(
          "mat-ong-mat-khac",
          "Mật ong, mật khác và nông sản thực phẩm khác",
          "Honey, other syrups and other farm foods",
          "Thực phẩm thô, sơ chế",
          "Raw and semi-processed food",
        ),
        set26("do-an-nhanh", "Đồ ăn nhanh", "Fast food", "Thực phẩm chế biến", "Processed food"),
        set26(
          "che-bien-tu-gao-ngu-coc",
          "Chế biến từ gạo, ngũ cốc",
          "Made from rice and cereals",
          "Thực phẩm chế biến",
          "Processed food",
        ),
        set26(
          "che-bien-tu-rau-cu-qua-hat",
          "Chế biến từ rau, củ, quả, hạt",
          "Made from vegetables, tubers, fruit and nuts",
          "Thực phẩm chế biến",
          "Processed food",
        ),
        set26(
          "che-bien-tu-thit-thuy-san-trung-sua",
          "Chế biến từ thịt, thủy sản, trứng, sữa, các sản phẩm từ mật ong, mật khác và nông sản thực phẩm khác",
          "Made from meat, seafood, eggs, milk, honey, other syrups and other farm foods",
          "Thực phẩm chế biến",
          "Processed food",
        ),
        set26(
          "tuong-nuoc-mam-gia-vi-long",
          "Tương, nước mắm, gia vị dạng lỏng khác",
          "Sauces, fish sauce and other liquid condiments",
          "Gia vị",
          "Spices and condiments",
        ),
        set26(
          "gia-vi-khac",
          "Gia vị khác (muối, hành, tỏi, tiêu)",
          "Other spices (salt, shallots, garlic, pepper)",
          "Gia vị",
          "Spices and condiments",
        ),
        set26(
          "che-tuoi-che-bien",
          "Chè tươi, chè chế biến",
          "Fresh and processed tea",
          "Chè",
          "Tea",
        ),
        set26(
          "tra-tu-thuc-vat-khac",
          "Sản phẩm trà từ thực vật khác",
          "Infusions from other plants",
          "Chè",
          "Tea",
        ),
        set26(
          "ca-phe-ca-cao",
          "Cà phê, ca cao",
          "Coffee and cocoa",
          "Cà phê, ca cao",
          "Coffee and cocoa",
        ),
      ],
    },
    {
      code: "do-uong",
      nameVi: "Đồ uống",
      nameEn: "Beverages",
      sets: [
        set26("ruou-trang", "Rượu trắng", "White spirits", "Đồ uống có cồn", "Alcoholic drinks"),
        set26(
          "do-uong-co-con-khac",
          "Đồ uống có cồn khác",
          "Other alcoholic drinks",
          "Đồ uống có cồn",
          "Alcoholic drinks",
        ),
        set26(
          "nuoc-khoang-nuoc-dong-chai",
          "Nước khoáng thiên nhiên, nước uống đóng chai",
          "Natural mineral water and bottled drinking water",
          "Đồ uống không cồn",
          "Non-alcoholic drinks",
        ),
        set26(
          "do-uong-khong-con-khac",
          "Đồ uống không cồn khác",
          "Other non-alcoholic drinks",
          "Đồ uống không cồn",
          "Non-alcoholic drinks",
        ),
      ],
    },
    {
      code: "thao-duoc",
      nameVi: "Dược liệu và sản phẩm từ dược liệu",
      nameEn: "Medicinal materials and products made from them",
      sets: [
        set26(
          "thuc-pham-chuc-nang-thuoc",
          "Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền",
          "Health supplements, herbal and traditional medicines",
          "Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền",
          "Health supplements, herbal and traditional medicines",
        ),
        set26(
          "my-pham-duoc-lieu",
          "Mỹ phẩm có thành phần từ dược liệu",
          "Cosmetics with medicinal ingredients",
          "Mỹ phẩm có thành phần từ dược liệu",
          "Cosmetics with medicinal ingredients",
        ),
        set26(
          "tinh-dau-duoc-lieu-khac",
          "Tinh dầu và dược liệu khác",
          "Essential oils and other medicinal materials",
          "Tinh dầu và dược liệu khác",
          "Essential oils and other medicinal materials",
        ),
      ],
    },
    {
      code: "thu-cong-my-nghe",
      nameVi: "Hàng thủ công mỹ nghệ",
      nameEn: "Handicrafts",
      sets: [
        set26(
          "thu-cong-my-nghe",
          "Thủ công mỹ nghệ",
          "Handicrafts",
          "Thủ công mỹ nghệ gia dụng, trang trí",
          "Household and decorative crafts",
        ),
        set26(
          "vai-may-mac",
          "Vải, may mặc",
          "Fabrics and garments",
          "Vải, may mặc",
          "Fabrics and garments",
        ),
      ],
    },
    {
      code: "sinh-vat-canh",
      nameVi: "Sinh vật cảnh",
      nameEn: "Ornamental plants and animals",
      sets: [
        set26("hoa", "Hoa", "Flowers", "Hoa", "Flowers"),
        set26("cay-canh", "Cây cảnh", "Ornamental plants", "Cây cảnh", "Ornamental plants"),
        set26(
          "dong-vat-canh",
          "Động vật cảnh",
          "Ornamental animals",
          "Động vật cảnh",
          "Ornamental animals",
        ),
      ],
    },
    {
      code: "du-lich",
      nameVi: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
      nameEn: "Community tourism, eco-tourism and destinations",
      sets: [
        set26(
          "du-lich-cong-dong",
          "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
          "Community tourism, eco-tourism and destinations",
          "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
          "Community tourism, eco-tourism and destinations",
        ),
      ],
    },
  ],
};

export const PRODUCT_GROUP_SCHEMES: readonly ProductGroupScheme[] = [
  SCHEME_2019,
  SCHEME_2023,
  SCHEME_2026,
];
