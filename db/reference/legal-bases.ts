/**
 * The legal texts OCOP products were rated under. The codes are stable identifiers stored on
 * every certificate and product group; names, numbers and dates may be corrected, codes never
 * change. Each text says where it was read (docs/ocop-rules.md lists the same sources).
 */

/**
 * What a text is: a programme (approves the OCOP programme of a period, no rating criteria of
 * its own), a set of rating criteria, or an amendment to a set of criteria.
 */
export const LEGAL_TEXT_KINDS = ["programme", "criteria", "amendment"] as const;
export type LegalTextKind = (typeof LEGAL_TEXT_KINDS)[number];

/** Primary: the text itself was read. Secondary: only public reporting or projects citing it. */
export const SOURCE_KINDS = ["primary", "secondary"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export type LegalBasisData = {
  code: string;
  /** The document's number as signed, e.g. "148/QĐ-TTg". */
  documentNumber: string;
  /** The day it was signed ('YYYY-MM-DD'). */
  signedOn: string;
  /** The day the rules took effect ('YYYY-MM-DD'). */
  effectiveFrom: string;
  textKind: LegalTextKind;
  nameVi: string;
  nameEn: string;
  /** Where the number and the date were read. */
  source: string;
  sourceKind: SourceKind;
};

export const LEGAL_BASES: readonly LegalBasisData[] = [
  {
    code: "2018",
    documentNumber: "490/QĐ-TTg",
    signedOn: "2018-05-07",
    effectiveFrom: "2018-05-07",
    textKind: "programme",
    nameVi:
      "Quyết định 490/QĐ-TTg ngày 07/5/2018 của Thủ tướng Chính phủ phê duyệt Chương trình mỗi xã một sản phẩm giai đoạn 2018–2020",
    nameEn:
      "Prime Minister's Decision 490/QĐ-TTg of 7 May 2018 approving the One Commune One Product programme 2018–2020",
    source:
      'Issue 12 (checked against the texts by its filer); proatc.vn "Văn bản quy định về OCOP" lists it too (year misprinted 2015)',
    sourceKind: "primary",
  },
  {
    code: "2019",
    documentNumber: "1048/QĐ-TTg",
    signedOn: "2019-08-21",
    effectiveFrom: "2019-08-21",
    textKind: "criteria",
    nameVi:
      "Quyết định 1048/QĐ-TTg ngày 21/8/2019 của Thủ tướng Chính phủ ban hành Bộ tiêu chí đánh giá, phân hạng sản phẩm Chương trình mỗi xã một sản phẩm",
    nameEn:
      "Prime Minister's Decision 1048/QĐ-TTg of 21 August 2019 on the criteria for assessing and rating OCOP products",
    source: "Issue 12 (checked against the texts by its filer)",
    sourceKind: "primary",
  },
  {
    code: "2020",
    documentNumber: "781/QĐ-TTg",
    signedOn: "2020-06-08",
    effectiveFrom: "2020-06-08",
    textKind: "amendment",
    nameVi:
      "Quyết định 781/QĐ-TTg ngày 08/6/2020 của Thủ tướng Chính phủ sửa đổi, bổ sung một số phụ lục của Quyết định 1048/QĐ-TTg",
    nameEn:
      "Prime Minister's Decision 781/QĐ-TTg of 8 June 2020 amending annexes of Decision 1048/QĐ-TTg",
    source:
      'proatc.vn "Văn bản quy định về OCOP" ("Quyết định số 781/QĐ-TTg ngày 08 tháng 06 năm 2020 … sửa đổi bổ sung một số phụ lục Quyết định 1048/QĐ-TTg")',
    sourceKind: "secondary",
  },
  {
    code: "2022",
    documentNumber: "919/QĐ-TTg",
    signedOn: "2022-08-01",
    effectiveFrom: "2022-08-01",
    textKind: "programme",
    nameVi:
      "Quyết định 919/QĐ-TTg ngày 01/8/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mỗi xã một sản phẩm giai đoạn 2021–2025",
    nameEn:
      "Prime Minister's Decision 919/QĐ-TTg of 1 August 2022 approving the One Commune One Product programme 2021–2025",
    source: "Issue 12 (checked against the texts by its filer)",
    sourceKind: "primary",
  },
  {
    code: "2023",
    documentNumber: "148/QĐ-TTg",
    signedOn: "2023-02-24",
    effectiveFrom: "2023-02-24",
    textKind: "criteria",
    nameVi:
      "Quyết định 148/QĐ-TTg ngày 24/02/2023 của Thủ tướng Chính phủ ban hành Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm Chương trình mỗi xã một sản phẩm",
    nameEn:
      "Prime Minister's Decision 148/QĐ-TTg of 24 February 2023 on the criteria and procedure for assessing and rating OCOP products",
    source: "Issue 12 (checked against the texts by its filer)",
    sourceKind: "primary",
  },
  {
    code: "2025",
    documentNumber: "1489/QĐ-TTg",
    signedOn: "2025-07-06",
    // Effective on signing (issue 12).
    effectiveFrom: "2025-07-06",
    textKind: "amendment",
    nameVi:
      "Quyết định 1489/QĐ-TTg ngày 06/7/2025 của Thủ tướng Chính phủ sửa đổi Phụ lục II Quyết định 148/QĐ-TTg (chính quyền địa phương hai cấp)",
    nameEn:
      "Prime Minister's Decision 1489/QĐ-TTg of 6 July 2025 amending Annex II of Decision 148/QĐ-TTg for two-level local government",
    source: "Issue 12 (checked against the texts by its filer: effective on signing)",
    sourceKind: "primary",
  },
  {
    code: "2026",
    documentNumber: "26/2026/QĐ-TTg",
    signedOn: "2026-05-22",
    // The effective date was not read in a primary text: the signing date is the earliest it can be.
    effectiveFrom: "2026-05-22",
    textKind: "criteria",
    nameVi:
      "Quyết định 26/2026/QĐ-TTg ngày 22/5/2026 của Thủ tướng Chính phủ ban hành Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm Chương trình mỗi xã một sản phẩm",
    nameEn:
      "Prime Minister's Decision 26/2026/QĐ-TTg of 22 May 2026 on the criteria and procedure for assessing and rating OCOP products",
    source:
      "Issue 12: found only as secondary (public projects citing the government's text); primary text not in hand",
    sourceKind: "secondary",
  },
];
