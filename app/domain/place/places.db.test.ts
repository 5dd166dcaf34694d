import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPlaces, loadAddressPackage } from "../../../db/places/import";
import { createTestDatabase, type TestDatabase } from "../../../tests/support/test-db";
import {
  getLegacyPlace,
  getPlace,
  getProvinceBySlug,
  listCommunes,
  listProvinces,
} from "./places.server";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await importPlaces(database.db);
});

afterAll(async () => {
  await database?.cleanup();
});

const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

describe("listProvinces", () => {
  it("lists the 34 provinces in Vietnamese alphabetical order of their short names", async () => {
    const provinces = await listProvinces(database.db);
    expect(provinces).toHaveLength(34);
    expect(provinces[0]).toEqual({
      code: "91",
      name: "Tỉnh An Giang",
      shortName: "An Giang",
      slug: "an-giang",
    });
    const names = provinces.map((p) => p.shortName);
    expect(names).toEqual([...names].sort(collator.compare));
    // "Đ" is its own letter, after "D" and before "E": Đà Nẵng follows Cà Mau and precedes Gia Lai.
    expect(names.indexOf("Đà Nẵng")).toBeGreaterThan(names.indexOf("Cà Mau"));
    expect(names.indexOf("Đồng Tháp")).toBeLessThan(names.indexOf("Gia Lai"));
  });
});

describe("listCommunes", () => {
  it("lists one province's communes and wards in Vietnamese order", async () => {
    const communes = await listCommunes(database.db, "01");
    expect(communes).toHaveLength(126);
    expect(communes.map((c) => c.shortName)).toEqual(
      communes.map((c) => c.shortName).sort(collator.compare),
    );
    expect(communes.find((c) => c.code === "10273")).toEqual({
      code: "10273",
      name: "Xã Phú Xuyên",
      shortName: "Phú Xuyên",
      unitType: "Xã",
      slug: "phu-xuyen-10273",
    });
    expect(communes.some((c) => c.code === "05773")).toBe(false);
  });

  it("returns nothing for an unknown province", async () => {
    expect(await listCommunes(database.db, "00")).toEqual([]);
  });
});

describe("getPlace", () => {
  it("returns a commune with its province", async () => {
    const place = await getPlace(database.db, "05773");
    expect(place).toMatchObject({
      code: "05773",
      level: "commune",
      name: "Xã Phú Xuyên",
      parentCode: "19",
      province: {
        code: "19",
        name: "Tỉnh Thái Nguyên",
        shortName: "Thái Nguyên",
        slug: "thai-nguyen",
      },
    });
  });

  it("returns a province as its own province, and null for an unknown code", async () => {
    expect((await getPlace(database.db, "25"))?.province.code).toBe("25");
    expect(await getPlace(database.db, "99999")).toBeNull();
  });
});

describe("getProvinceBySlug", () => {
  it("finds a province by slug", async () => {
    expect(await getProvinceBySlug(database.db, "phu-tho")).toMatchObject({
      code: "25",
      name: "Tỉnh Phú Thọ",
    });
    expect(await getProvinceBySlug(database.db, "vinh-phuc")).toBeNull();
  });
});

describe("getLegacyPlace", () => {
  it("returns a former district with its former province and today's province", async () => {
    expect(await getLegacyPlace(database.db, "old-d:vinh-phuc:song-lo")).toEqual({
      id: "old-d:vinh-phuc:song-lo",
      level: "district",
      name: "Huyện Sông Lô",
      parents: [{ id: "old-p:vinh-phuc", level: "province", name: "Tỉnh Vĩnh Phúc" }],
      currentProvince: { code: "25", name: "Tỉnh Phú Thọ", shortName: "Phú Thọ", slug: "phu-tho" },
      currentCommune: null,
    });
  });

  it("returns a former commune with both parents and the commune it became", async () => {
    // Any former commune of Sông Lô will do; pick one through the package's own mapping.
    const mapping = loadAddressPackage().mappings.find(
      (m) => m.old_district_name === "Huyện Sông Lô" && m.old_ward_code,
    );
    expect(mapping).toBeDefined();
    const place = await getLegacyPlace(database.db, `old-c:${mapping?.old_ward_code}`);
    expect(place?.parents.map((p) => p.id)).toEqual(["old-d:vinh-phuc:song-lo", "old-p:vinh-phuc"]);
    expect(place?.currentProvince?.code).toBe("25");
    expect(place?.currentCommune?.code).toBe(mapping?.new_ward_code);
    expect(place?.currentCommune?.name).toBe(mapping?.new_ward_name);
  });

  it("returns null for an unknown id", async () => {
    expect(await getLegacyPlace(database.db, "old-p:atlantis")).toBeNull();
  });
});
