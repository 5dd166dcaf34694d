/**
 * Grounds for revoking an OCOP certificate ("căn cứ thu hồi"), one list per legal basis: the
 * ground must be one of the basis in force on the revoking decision's date. Codes are stable
 * (stored on every revocation); names may be corrected.
 *
 * Sources. The primary texts (Annex II of Decision 148/QĐ-TTg of 24/02/2023, as amended by
 * Decision 1489/QĐ-TTg of 06/07/2025) were NOT in hand when this list was written: every ground
 * below is taken from provincial revocation decisions as official and press reporting describes
 * them, and is marked `secondary` until checked against the legal text. 1489 changed who
 * recognises (the province, on the commune's assessment and proposal), not why a certificate is
 * withdrawn, so its list repeats 148's. Decision 26/2026/QĐ-TTg is itself known only from
 * secondary sources; its list is carried over from 148/1489 and says so.
 */
export type RevocationGroundData = {
  code: string;
  nameVi: string;
  nameEn: string;
  source: string;
  sourceKind: "primary" | "secondary";
};

export type RevocationGroundScheme = {
  legalBasisCode: string;
  grounds: readonly RevocationGroundData[];
};

const DONG_THAP_2023 =
  "UBND tỉnh Đồng Tháp, quyết định thu hồi Giấy chứng nhận OCOP của 47 sản phẩm (12/2023), as reported by Nhân Dân (nhandan.vn/ocop/dong-thap-gan-50-san-pham-bi-thu-hoi-giay-chung-nhan-san-pham-ocop-post860975.html)";
const DONG_THAP_58 =
  "UBND tỉnh Đồng Tháp, Quyết định số 58 thu hồi Giấy chứng nhận OCOP của 25 sản phẩm (2023), as reported by Thương hiệu & Công luận";
const HA_TINH_2021 =
  "UBND tỉnh Hà Tĩnh, thu hồi chứng nhận OCOP của 5 cơ sở theo Quy chế quản lý sản phẩm OCOP (Quyết định 843/QĐ-UBND ngày 04/02/2021), as reported by hatinh24h.com.vn";

/** The grounds read from how provinces revoked under 148; the basis of each list is below. */
function groundsFor(note: string): readonly RevocationGroundData[] {
  const secondary = "secondary" as const;
  return [
    {
      code: "khong-danh-gia-lai",
      nameVi: "Không tham gia đánh giá lại khi hết thời hạn 36 tháng",
      nameEn: "Not put forward for re-assessment when the 36 months ran out",
      source: `${DONG_THAP_2023}; ${DONG_THAP_58}${note}`,
      sourceKind: secondary,
    },
    {
      code: "khong-dat-tieu-chi-bat-buoc",
      nameVi: "Đánh giá lại không đáp ứng tiêu chí bắt buộc",
      nameEn: "Failed a mandatory criterion on re-assessment",
      source: `${DONG_THAP_2023}; ${DONG_THAP_58}${note}`,
      sourceKind: secondary,
    },
    {
      code: "khong-duy-tri-chat-luong",
      nameVi: "Không duy trì chất lượng, mẫu mã như khi được công nhận",
      nameEn: "No longer made to the quality and design that were recognised",
      source: `${HA_TINH_2021}${note}`,
      sourceKind: secondary,
    },
    {
      code: "vi-pham-an-toan-thuc-pham",
      nameVi: "Vi phạm quy định về an toàn thực phẩm, quy trình sản xuất đã công bố",
      nameEn: "Breach of food-safety rules or of the declared production process",
      source: `${HA_TINH_2021}${note}`,
      sourceKind: secondary,
    },
    {
      code: "ngung-san-xuat",
      nameVi: "Chủ thể ngừng hoạt động hoặc không còn sản xuất sản phẩm",
      nameEn: "The producer stopped operating or no longer makes the product",
      source: `${HA_TINH_2021}${note}`,
      sourceKind: secondary,
    },
    {
      code: "khac",
      nameVi: "Căn cứ khác nêu trong quyết định thu hồi",
      nameEn: "Another ground stated in the revoking decision",
      source: `Not a legal ground: lets an official record a decision whose ground is not on this list (the note then says which)${note}`,
      sourceKind: secondary,
    },
  ];
}

export const REVOCATION_GROUND_SCHEMES: readonly RevocationGroundScheme[] = [
  {
    legalBasisCode: "2018",
    grounds: groundsFor(
      ". Under the 2018–2020 programme (490/QĐ-TTg, 07/05/2018), before 1048: the same grounds, as provinces applied them",
    ),
  },
  {
    legalBasisCode: "2019",
    grounds: groundsFor(
      ". Under 1048/QĐ-TTg (2019): the same grounds, as provinces applied them to certificates of that period",
    ),
  },
  {
    legalBasisCode: "2020",
    grounds: groundsFor(
      ". Decision 781/QĐ-TTg (2020) amended 1048's annex, not the grounds: carried over from 1048",
    ),
  },
  { legalBasisCode: "2023", grounds: groundsFor("") },
  {
    legalBasisCode: "2025",
    grounds: groundsFor(
      ". Decision 1489/QĐ-TTg (06/07/2025) amended who recognises, not the grounds: carried over from 148",
    ),
  },
  {
    legalBasisCode: "2026",
    grounds: groundsFor(
      ". Decision 26/2026/QĐ-TTg known only from secondary sources: carried over from 148/1489 until its text is in hand",
    ),
  },
];

/** The ground a code names under a basis, or null. */
export function findRevocationGround(basis: string, code: string): RevocationGroundData | null {
  const scheme = REVOCATION_GROUND_SCHEMES.find((s) => s.legalBasisCode === basis);
  return scheme?.grounds.find((g) => g.code === code) ?? null;
}
