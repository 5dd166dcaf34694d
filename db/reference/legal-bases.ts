/**
 * The legal texts OCOP products were rated under. The codes are stable identifiers stored on
 * every certificate and product group; names may be corrected, codes never change.
 */
export type LegalBasisData = {
  code: string;
  nameVi: string;
  nameEn: string;
  /** The day the rules took effect ('YYYY-MM-DD'). */
  effectiveFrom: string;
};

export const LEGAL_BASES: readonly LegalBasisData[] = [
  {
    code: "2019",
    nameVi:
      "Quyết định 1048/QĐ-TTg ngày 21/8/2019 của Thủ tướng Chính phủ ban hành Bộ tiêu chí đánh giá, phân hạng sản phẩm Chương trình mỗi xã một sản phẩm",
    nameEn:
      "Prime Minister's Decision 1048/QĐ-TTg of 21 August 2019 on the criteria for assessing and rating OCOP products",
    effectiveFrom: "2019-08-21",
  },
  {
    code: "2023",
    nameVi:
      "Quyết định 148/QĐ-TTg ngày 24/02/2023 của Thủ tướng Chính phủ ban hành Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm Chương trình mỗi xã một sản phẩm",
    nameEn:
      "Prime Minister's Decision 148/QĐ-TTg of 24 February 2023 on the criteria and procedure for assessing and rating OCOP products",
    effectiveFrom: "2023-02-24",
  },
  {
    // No decision number here on purpose: the record names the change, not a text we cannot cite.
    code: "2025",
    nameVi: "Quy định OCOP sửa đổi năm 2025 (chính quyền địa phương hai cấp)",
    nameEn: "OCOP rules as amended in 2025 (two-level local government)",
    effectiveFrom: "2025-07-01",
  },
  {
    code: "2026",
    nameVi: "Quy định OCOP năm 2026",
    nameEn: "OCOP rules of 2026",
    effectiveFrom: "2026-01-01",
  },
];
