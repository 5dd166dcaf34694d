/**
 * The columns a recognition decision's annex may have, and the shape of the import's report:
 * shared by the import (decision-import.server.ts) and the page that documents the columns
 * and shows the report. The headers are recognised in Vietnamese or English, with or without
 * diacritics (see docs/decisions/0009).
 */
import type { MessageKey, Params } from "../../i18n/index";

export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
/** The largest import request: the file, the form's other fields and the multipart framing. */
export const IMPORT_MAX_REQUEST_BYTES = IMPORT_MAX_BYTES + 64 * 1024;
export const IMPORT_MAX_ROWS = 2000;

export const IMPORT_COLUMN_KEYS = [
  "productName",
  "setCode",
  "producerName",
  "legalForm",
  "province",
  "commune",
  "address",
  "score",
  "stars",
  "price",
  "unit",
] as const;
export type ImportColumn = (typeof IMPORT_COLUMN_KEYS)[number];

export type ImportColumnSpec = {
  key: ImportColumn;
  /** The template's header, Vietnamese and English: both are recognised. */
  vi: string;
  en: string;
  required: boolean;
  /** Other headers people write for it (folded before comparing). */
  aliases: readonly string[];
};

export const IMPORT_COLUMNS: readonly ImportColumnSpec[] = [
  {
    key: "productName",
    vi: "Tên sản phẩm",
    en: "Product name",
    required: true,
    aliases: ["Sản phẩm", "Tên SP", "Product"],
  },
  {
    key: "setCode",
    vi: "Mã bộ sản phẩm",
    en: "Product set code",
    required: true,
    aliases: ["Bộ sản phẩm", "Mã bộ SP", "Product set", "Set code"],
  },
  {
    key: "producerName",
    vi: "Tên chủ thể",
    en: "Producer name",
    required: true,
    aliases: [
      "Chủ thể",
      "Chủ thể OCOP",
      "Tên chủ thể OCOP",
      "Nhà sản xuất",
      "Tên nhà sản xuất",
      "Producer",
    ],
  },
  {
    key: "legalForm",
    vi: "Loại hình chủ thể",
    en: "Legal form",
    required: true,
    aliases: ["Loại hình", "Hình thức tổ chức", "Loại hình tổ chức"],
  },
  {
    key: "province",
    vi: "Tỉnh/thành phố",
    en: "Province",
    required: true,
    aliases: ["Tỉnh", "Tỉnh/TP", "Mã tỉnh", "Province code"],
  },
  {
    key: "commune",
    vi: "Xã/phường",
    en: "Commune",
    required: true,
    aliases: ["Xã", "Phường/xã", "Mã xã", "Commune code", "Ward", "Commune/ward"],
  },
  {
    key: "address",
    vi: "Địa chỉ in trên giấy chứng nhận",
    en: "Printed address",
    required: true,
    aliases: ["Địa chỉ", "Address", "Address as printed"],
  },
  {
    key: "score",
    vi: "Điểm",
    en: "Score",
    required: false,
    aliases: ["Điểm đánh giá", "Tổng điểm", "Điểm số"],
  },
  {
    key: "stars",
    vi: "Hạng sao",
    en: "Stars",
    required: false,
    aliases: ["Số sao", "Sao", "Xếp hạng", "Hạng", "Rating", "Star rating"],
  },
  {
    key: "price",
    vi: "Giá bán (đồng)",
    en: "Price (VND)",
    required: false,
    aliases: ["Giá bán", "Giá", "Đơn giá", "Price"],
  },
  {
    key: "unit",
    vi: "Đơn vị tính",
    en: "Unit",
    required: false,
    aliases: ["Đơn vị", "Quy cách", "Quy cách đóng gói"],
  },
];

export type ImportIssue = {
  /** The sheet's row number (the header's row is counted), or null for the file or the form. */
  row: number | null;
  /** A column of the file, a field of the form, or null. */
  field:
    | ImportColumn
    | "file"
    | "decisionNumber"
    | "decisionDate"
    | "issuingBody"
    | "issuingLevel"
    | "legalBasisCode"
    | null;
  key: MessageKey;
  params?: Params;
};
