/**
 * The three regions of Vietnam (Bắc / Trung / Nam) for each of today's 34 provinces, by the
 * official province code (the codes of the `places` table, effective 1 July 2025 under
 * Resolution 202/2025/QH15 on the arrangement of provincial units).
 *
 * Source: the conventional three-region split used by the General Statistics Office's six
 * socio-economic regions, grouped the way domestic carriers group them for tariffs: North =
 * Northern Midlands and Mountains + Red River Delta; Centre = North Central and South Central
 * Coast + Central Highlands; South = South East + Mekong Delta. A merged province takes the
 * region of the province whose name and seat it kept (Lâm Đồng, which absorbed Đắk Nông and
 * Bình Thuận, is Centre; Đồng Nai, which absorbed Bình Phước, is South).
 */
export const REGIONS = ["north", "central", "south"] as const;
export type Region = (typeof REGIONS)[number];

export const PROVINCE_REGIONS: Readonly<Record<string, Region>> = {
  "01": "north", // Hà Nội
  "04": "north", // Cao Bằng
  "08": "north", // Tuyên Quang
  "11": "north", // Điện Biên
  "12": "north", // Lai Châu
  "14": "north", // Sơn La
  "15": "north", // Lào Cai
  "19": "north", // Thái Nguyên
  "20": "north", // Lạng Sơn
  "22": "north", // Quảng Ninh
  "24": "north", // Bắc Ninh
  "25": "north", // Phú Thọ
  "31": "north", // Hải Phòng
  "33": "north", // Hưng Yên
  "37": "north", // Ninh Bình
  "38": "central", // Thanh Hóa
  "40": "central", // Nghệ An
  "42": "central", // Hà Tĩnh
  "44": "central", // Quảng Trị
  "46": "central", // Huế
  "48": "central", // Đà Nẵng
  "51": "central", // Quảng Ngãi
  "52": "central", // Gia Lai
  "56": "central", // Khánh Hòa
  "66": "central", // Đắk Lắk
  "68": "central", // Lâm Đồng
  "75": "south", // Đồng Nai
  "79": "south", // Hồ Chí Minh City
  "80": "south", // Tây Ninh
  "82": "south", // Đồng Tháp
  "86": "south", // Vĩnh Long
  "91": "south", // An Giang
  "92": "south", // Cần Thơ
  "96": "south", // Cà Mau
};

/** The region of a province, or null for a code that is not one of today's provinces. */
export function regionOf(provinceCode: string): Region | null {
  return PROVINCE_REGIONS[provinceCode] ?? null;
}
