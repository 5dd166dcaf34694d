/**
 * OCOP product groups ("ngành") and their product sets ("bộ sản phẩm"), one scheme per legal
 * basis. Codes appear in URLs and in seed data, so they never change once published; a group
 * that is the same in two schemes keeps the same code ("thuc-pham"), a group that differs gets
 * its own. The 2019 scheme's intermediate level ("nhóm") is kept as its product sets.
 */
export type ProductSetData = { code: string; nameVi: string; nameEn: string };
export type ProductGroupData = {
  code: string;
  nameVi: string;
  nameEn: string;
  sets: readonly ProductSetData[];
};
export type ProductGroupScheme = {
  /** The legal basis the scheme was issued under. */
  legalBasisCode: string;
  groups: readonly ProductGroupData[];
};

/** Quyết định 1048/QĐ-TTg (2019): six groups. Historical: certificates issued then name them. */
const SCHEME_2019: ProductGroupScheme = {
  legalBasisCode: "2019",
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

export const PRODUCT_GROUP_SCHEMES: readonly ProductGroupScheme[] = [SCHEME_2019, SCHEME_2023];

/**
 * The scheme of 26/2026/QĐ-TTg as far as it could be verified. Its structure (6 sectors,
 * 17 groups, 26 product sets) is known from a secondary source only (issue 12: public projects
 * citing the government's text); the names of the sectors, groups and sets were NOT found in
 * any source consulted, so none is seeded: inventing them would put unverified legal content
 * on certificates. When the primary text is in hand, add its groups here as a third scheme
 * under basis "2026" (its own rows; the 2023 codes stay on their rows).
 */
export const PENDING_SCHEME_2026 = {
  legalBasisCode: "2026",
  sectors: 6,
  groups: 17,
  productSets: 26,
  sourceKind: "secondary",
  source: "Issue 12 (secondary: public projects citing the government's text)",
  verifiedGroups: [] as readonly ProductGroupData[],
} as const;
