import { describe, expect, it } from "vitest";
import {
  buildLegacyPlaces,
  type MappingIssueReason,
  nameKey,
  normaliseTodayPlaces,
  type RawMapping,
  splitUnitName,
  summariseIssues,
} from "./validate";

describe("nameKey", () => {
  it("treats old and new tone placement, case and hyphen spacing alike", () => {
    expect(nameKey("Tỉnh Hoà Bình")).toBe(nameKey("Tỉnh Hòa Bình"));
    expect(nameKey("Xã Thuỵ Hà")).toBe(nameKey("Xã Thụy Hà"));
    expect(nameKey("Huyện KBang")).toBe(nameKey("Huyện Kbang"));
    expect(nameKey("Tỉnh Bà Rịa-Vũng Tàu")).toBe(nameKey("Tỉnh Bà Rịa - Vũng Tàu"));
    expect(nameKey("  Xã   Phú Xuyên ")).toBe(nameKey("Xã Phú Xuyên"));
  });

  it("keeps names apart that differ by a tone or a letter", () => {
    expect(nameKey("Xã Hà Long")).not.toBe(nameKey("Xã Hạ Long"));
    expect(nameKey("Xã Đồng Tâm")).not.toBe(nameKey("Xã Dồng Tâm"));
  });
});

describe("splitUnitName", () => {
  it("takes the longest matching unit type", () => {
    expect(splitUnitName("Thị xã Kỳ Anh", ["Thị xã", "Xã"])).toEqual({
      unitType: "Thị xã",
      shortName: "Kỳ Anh",
    });
    expect(splitUnitName("Đặc khu Côn Đảo", ["Xã", "Phường", "Đặc khu"])).toEqual({
      unitType: "Đặc khu",
      shortName: "Côn Đảo",
    });
    expect(splitUnitName("Cao Bằng", ["Tỉnh", "Thành phố"])).toBeNull();
  });
});

describe("normaliseTodayPlaces", () => {
  const provinces = [
    { province_code: "01", name: "Thành phố Hà Nội", place_type: "Thành phố Trung Ương" },
    { province_code: "04", name: "Cao Bằng", place_type: "Tỉnh" },
    { province_code: "19", name: "Tỉnh Thái Nguyên", place_type: "Tỉnh" },
    { province_code: "7", name: "Tỉnh Lạ", place_type: "Tỉnh" },
    { province_code: "04", name: "Cao Bằng", place_type: "Tỉnh" },
    { province_code: "99", name: "Vùng Lạ", place_type: "Vùng" },
  ];
  const wards = [
    { ward_code: "10273", name: "Xã Phú Xuyên", province_code: "01" },
    { ward_code: "05773", name: "Xã Phú Xuyên", province_code: "19" },
    { ward_code: "00004", name: "Phường Ba Đình", province_code: "01" },
    { ward_code: "1234", name: "Xã Ngắn", province_code: "01" },
    { ward_code: "10273", name: "Xã Phú Xuyên", province_code: "01" },
    { ward_code: "55555", name: "Xã Mồ Côi", province_code: "77" },
    { ward_code: "66666", name: "Thôn Lạ", province_code: "01" },
  ];
  const result = normaliseTodayPlaces(provinces, wards);

  it("gives provinces their official name and a short name without the unit type", () => {
    expect(result.provinces.map((p) => [p.code, p.name, p.shortName, p.unitType, p.slug])).toEqual([
      ["01", "Thành phố Hà Nội", "Hà Nội", "Thành phố", "ha-noi"],
      ["04", "Tỉnh Cao Bằng", "Cao Bằng", "Tỉnh", "cao-bang"],
      ["19", "Tỉnh Thái Nguyên", "Thái Nguyên", "Tỉnh", "thai-nguyen"],
    ]);
  });

  it("keys communes by code with their province as parent and a code-suffixed slug", () => {
    const phuXuyen = result.communes.filter((c) => c.shortName === "Phú Xuyên");
    expect(phuXuyen.map((c) => [c.code, c.parentCode, c.provinceCode, c.slug, c.unitType])).toEqual(
      [
        ["10273", "01", "01", "phu-xuyen-10273", "Xã"],
        ["05773", "19", "19", "phu-xuyen-05773", "Xã"],
      ],
    );
    expect(result.communes).toHaveLength(3);
  });

  it("reports every row it refuses, with a reason", () => {
    expect(result.issues.map((i) => [i.source, i.code, i.reason])).toEqual([
      ["province", "7", "malformed_code"],
      ["province", "04", "duplicate_code"],
      ["province", "99", "unknown_unit_type"],
      ["ward", "1234", "malformed_code"],
      ["ward", "10273", "duplicate_code"],
      ["ward", "55555", "unknown_province"],
      ["ward", "66666", "unknown_unit_type"],
    ]);
  });
});

describe("buildLegacyPlaces", () => {
  const today = normaliseTodayPlaces(
    [
      { province_code: "25", name: "Phú Thọ", place_type: "Tỉnh" },
      { province_code: "37", name: "Ninh Bình", place_type: "Tỉnh" },
      { province_code: "42", name: "Hà Tĩnh", place_type: "Tỉnh" },
    ],
    [
      { ward_code: "08800", name: "Xã Sông Lô", province_code: "25" },
      { ward_code: "08801", name: "Xã Hải Lựu", province_code: "25" },
      { ward_code: "13600", name: "Phường Nam Định", province_code: "37" },
      { ward_code: "18100", name: "Phường Kỳ Anh", province_code: "42" },
    ],
  );

  let id = 0;
  const row = (over: Partial<RawMapping>): RawMapping => ({
    id: String(++id),
    old_ward_code: "09001",
    old_ward_name: "Xã Đồng Thịnh",
    old_district_name: "Huyện Sông Lô",
    old_province_name: "Tỉnh Vĩnh Phúc",
    new_ward_code: "08800",
    new_ward_name: "Xã Sông Lô",
    new_province_name: "Phú Thọ",
    ...over,
  });

  const rows: RawMapping[] = [
    row({}), // 1 good
    row({
      old_ward_code: "09002",
      old_ward_name: "Xã Hải Lựu",
      new_ward_code: "08801",
      new_ward_name: "Xã Hải Lựu",
    }), // 2 good
    row({
      old_ward_code: null,
      old_ward_name: null,
      old_district_name: null,
      old_province_name: null,
    }), // 3
    row({ old_ward_code: "" }), // 4 code-less repeat of row 1
    row({ old_ward_code: "", old_ward_name: "Xã Đức Bác", new_ward_code: "157" }), // 5 code-less, bad target
    row({ old_ward_code: "9003", old_ward_name: "Xã Tứ Yên" }), // 6
    row({}), // 7 exact repeat of row 1
    row({ old_ward_name: "Xã Khác Hẳn" }), // 8 same code, other commune
    row({ old_ward_code: "09004", old_ward_name: "Xã Nhạo Sơn", new_ward_code: "08800" }), // 9
    row({
      old_ward_code: "09004",
      old_ward_name: "Xã Nhạo Sơn",
      new_ward_code: "08801",
      new_ward_name: "Xã Hải Lựu",
    }), // 10 split
    row({ old_ward_code: "09005", old_ward_name: "Xã Lãng Công", new_ward_code: "99999" }), // 11
    row({ old_ward_code: "09006", old_ward_name: "Xã Quang Yên", new_ward_name: "Xã Sai Tên" }), // 12
    row({
      old_ward_code: "13001",
      old_ward_name: "Phường Bà Triệu",
      old_district_name: "Thành phố Nam Định",
      old_province_name: "Tỉnh Nam Định",
      new_ward_code: "08800",
      new_ward_name: "Xã Sông Lô",
      new_province_name: "Ninh Bình",
    }), // 13 target lies in another province
    row({
      old_ward_code: "13002",
      old_ward_name: "Phường Cửa Bắc",
      old_district_name: "Thành phố Nam Định",
      old_province_name: "Tỉnh Nam Định",
      new_ward_code: "13600",
      new_ward_name: "Phường Nam Định",
      new_province_name: "Ninh Bình",
    }), // 14 good
    row({
      old_ward_code: "20001",
      old_ward_name: "Xã Lạ",
      old_district_name: "Huyện Lạ",
      old_province_name: "Tỉnh Vùng Lạ",
      new_ward_code: "77777",
      new_ward_name: "Xã Không Có",
      new_province_name: "Tỉnh Không Có",
    }), // 15 new province unknown
    // A former district whose rows name two of today's provinces.
    row({
      old_ward_code: "30001",
      old_ward_name: "Xã Một",
      old_district_name: "Huyện Hai Nơi",
      old_province_name: "Tỉnh Hoà Bình",
      new_ward_code: "08800",
      new_ward_name: "Xã Sông Lô",
      new_province_name: "Phú Thọ",
    }), // 16
    row({
      old_ward_code: "30002",
      old_ward_name: "Xã Hai",
      old_district_name: "Huyện Hai Nơi",
      old_province_name: "Tỉnh Hòa Bình",
      new_ward_code: "13600",
      new_ward_name: "Phường Nam Định",
      new_province_name: "Ninh Bình",
    }), // 17
    // Two districts of one province whose names differ only by unit type.
    row({
      old_ward_code: "40001",
      old_ward_name: "Xã Kỳ Hoa",
      old_district_name: "Huyện Kỳ Anh",
      old_province_name: "Tỉnh Hà Tĩnh",
      new_ward_code: "18100",
      new_ward_name: "Phường Kỳ Anh",
      new_province_name: "Hà Tĩnh",
    }), // 18
    row({
      old_ward_code: "40002",
      old_ward_name: "Phường Sông Trí",
      old_district_name: "Thị xã Kỳ Anh",
      old_province_name: "Tỉnh Hà Tĩnh",
      new_ward_code: "18100",
      new_ward_name: "Phường Kỳ Anh",
      new_province_name: "Hà Tĩnh",
    }), // 19
  ];

  const built = buildLegacyPlaces(rows, today);
  const commune = (code: string) => built.communes.find((c) => c.id === `old-c:${code}`);
  const reasonsOfRow = (rowId: string) =>
    built.issues.filter((i) => i.rowId === rowId).map((i) => i.reason);

  it("maps a clean row to its former commune, district and province and to today's units", () => {
    expect(commune("09001")).toEqual({
      id: "old-c:09001",
      level: "commune",
      name: "Xã Đồng Thịnh",
      parentId: "old-d:vinh-phuc:song-lo",
      currentProvinceCode: "25",
      currentCommuneCode: "08800",
    });
    expect(built.districts.find((d) => d.id === "old-d:vinh-phuc:song-lo")).toMatchObject({
      name: "Huyện Sông Lô",
      parentId: "old-p:vinh-phuc",
      currentProvinceCode: "25",
    });
    expect(built.provinces.find((p) => p.id === "old-p:vinh-phuc")?.currentProvinceCode).toBe("25");
    expect(built.provinces.find((p) => p.id === "old-p:nam-dinh")?.currentProvinceCode).toBe("37");
    expect(commune("13002")?.currentCommuneCode).toBe("13600");
  });

  it("drops rows without former names, without a code, or with a malformed code", () => {
    expect(reasonsOfRow("3")).toEqual(["missing_former_names"]);
    expect(reasonsOfRow("5")).toEqual(["missing_old_code"]);
    expect(built.codelessTargetProblems).toEqual({ malformed_target_code: 1 });
    expect(reasonsOfRow("6")).toEqual(["malformed_old_code"]);
    expect(commune("9003")).toBeUndefined();
  });

  it("drops repeated rows, coded or not, and keeps the first reading of a conflicting code", () => {
    expect(reasonsOfRow("4")).toEqual(["duplicate_row"]);
    expect(reasonsOfRow("7")).toEqual(["duplicate_row"]);
    expect(reasonsOfRow("8")).toEqual(["conflicting_duplicate"]);
    expect(commune("09001")?.name).toBe("Xã Đồng Thịnh");
  });

  it("leaves a former commune split over several targets without a current commune", () => {
    expect(commune("09004")).toMatchObject({ currentCommuneCode: null, currentProvinceCode: "25" });
    expect(built.issues.find((i) => i.reason === "split_target")?.rowId).toBe("9,10");
  });

  it("leaves targets that do not exist, carry another name or lie elsewhere unmapped", () => {
    expect(reasonsOfRow("11")).toEqual(["unknown_target"]);
    expect(commune("09005")).toMatchObject({ currentCommuneCode: null, currentProvinceCode: "25" });
    expect(reasonsOfRow("12")).toEqual(["target_name_mismatch"]);
    expect(commune("09006")?.currentCommuneCode).toBeNull();
    expect(reasonsOfRow("13")).toEqual(["target_province_mismatch"]);
    // The row's province name is what the row is sure of: Nam Định went to Ninh Bình.
    expect(commune("13001")).toMatchObject({ currentCommuneCode: null, currentProvinceCode: "37" });
    expect(reasonsOfRow("15")).toEqual(["unknown_target", "unknown_new_province"]);
    expect(commune("20001")?.currentProvinceCode).toBeNull();
    expect(built.provinces.find((p) => p.name === "Tỉnh Vùng Lạ")?.currentProvinceCode).toBeNull();
  });

  it("sets no current province for a former unit whose rows disagree", () => {
    const hoaBinh = built.provinces.filter((p) => p.id === "old-p:hoa-binh");
    expect(hoaBinh).toHaveLength(1); // "Hoà Bình" and "Hòa Bình" are one province
    expect(hoaBinh[0]?.currentProvinceCode).toBeNull();
    expect(
      built.districts.find((d) => d.id === "old-d:hoa-binh:hai-noi")?.currentProvinceCode,
    ).toBeNull();
    const spans = built.issues.filter((i) => i.reason.endsWith("_spans_provinces"));
    expect(spans.map((i) => [i.reason, i.subject])).toEqual([
      ["province_spans_provinces", "Tỉnh Hoà Bình"],
      ["district_spans_provinces", "Huyện Hai Nơi"],
    ]);
  });

  it("keeps the unit type in ids of districts that would otherwise collide", () => {
    const kyAnh = built.districts.filter((d) => d.parentId === "old-p:ha-tinh").map((d) => d.id);
    expect(kyAnh.sort()).toEqual(["old-d:ha-tinh:huyen-ky-anh", "old-d:ha-tinh:thi-xa-ky-anh"]);
    expect(commune("40002")?.parentId).toBe("old-d:ha-tinh:thi-xa-ky-anh");
  });

  it("gives every former unit a unique id and a parent that exists", () => {
    const all = [...built.provinces, ...built.districts, ...built.communes];
    const ids = new Set(all.map((r) => r.id));
    expect(ids.size).toBe(all.length);
    for (const r of all) if (r.parentId !== null) expect(ids.has(r.parentId)).toBe(true);
    expect(built.communes.every((c) => c.parentId !== null)).toBe(true);
  });

  it("counts the rows read and used", () => {
    expect(built.rowsRead).toBe(rows.length);
    // Rows 1, 2, 9, 11, 12, 13, 14, 15, 16, 17, 18, 19 each made a former commune.
    expect(built.rowsUsed).toBe(12);
    expect(built.communes).toHaveLength(12);
  });
});

describe("summariseIssues", () => {
  it("counts by reason and keeps the first few examples", () => {
    const issues = Array.from({ length: 5 }, (_, i) => ({
      reason: "missing_old_code" as MappingIssueReason,
      rowId: String(i),
      subject: `Xã ${i}`,
      detail: "no code",
    }));
    issues.push({ reason: "duplicate_row", rowId: "9", subject: "Xã 9", detail: "again" });
    const summary = summariseIssues(issues, 2);
    expect(summary.total).toBe(6);
    expect(summary.byReason).toEqual({ missing_old_code: 5, duplicate_row: 1 });
    expect(summary.examples.missing_old_code).toEqual([
      "row 0: Xã 0 — no code",
      "row 1: Xã 1 — no code",
    ]);
    expect(summary.examples.duplicate_row).toEqual(["row 9: Xã 9 — again"]);
  });
});
