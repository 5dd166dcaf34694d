import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../tests/support/test-db";
import { queryRows } from "../client";
import { importPlaces, loadAddressPackage, type PlacesImportReport } from "./import";

let database: TestDatabase;
let first: PlacesImportReport;
let second: PlacesImportReport;
let snapshotAfterFirst: { places: string; legacy: string };

async function snapshot(): Promise<{ places: string; legacy: string }> {
  const [row] = await queryRows<{ places: string; legacy: string }>(
    database.db,
    sql`select
      (select md5(string_agg(row_to_json(p)::text, ',' order by p.code)) from places p) as places,
      (select md5(string_agg(row_to_json(l)::text, ',' order by l.id)) from legacy_places l) as legacy`,
  );
  if (!row) throw new Error("no snapshot");
  return row;
}

async function count(query: ReturnType<typeof sql>): Promise<number> {
  const [row] = await queryRows<{ n: number | string }>(database.db, query);
  return Number(row?.n);
}

beforeAll(async () => {
  database = await createTestDatabase();
  first = await importPlaces(database.db);
  snapshotAfterFirst = await snapshot();
  second = await importPlaces(database.db);
});

afterAll(async () => {
  await database?.cleanup();
});

describe("today's map", () => {
  it("has 34 provinces and 3,321 communes and wards", async () => {
    expect(await count(sql`select count(*) as n from places where level = 'province'`)).toBe(34);
    expect(await count(sql`select count(*) as n from places where level = 'commune'`)).toBe(3321);
    expect(first.places.provinces.inserted).toBe(34);
    expect(first.places.communes.inserted).toBe(3321);
    expect(first.places.issues.total).toBe(0);
  });

  it("has 126 communes and wards in Hà Nội", async () => {
    expect(await count(sql`select count(*) as n from places where parent_code = '01'`)).toBe(126);
  });

  it("writes official province names and short names", async () => {
    const rows = await queryRows<{
      code: string;
      name: string;
      short_name: string;
      unit_type: string;
      slug: string;
    }>(
      database.db,
      sql`select code, name, short_name, unit_type, slug from places where code in ('01', '04', '25') order by code`,
    );
    expect(rows).toEqual([
      {
        code: "01",
        name: "Thành phố Hà Nội",
        short_name: "Hà Nội",
        unit_type: "Thành phố",
        slug: "ha-noi",
      },
      {
        code: "04",
        name: "Tỉnh Cao Bằng",
        short_name: "Cao Bằng",
        unit_type: "Tỉnh",
        slug: "cao-bang",
      },
      {
        code: "25",
        name: "Tỉnh Phú Thọ",
        short_name: "Phú Thọ",
        unit_type: "Tỉnh",
        slug: "phu-tho",
      },
    ]);
    expect(
      await count(
        sql`select count(*) as n from places where level = 'province' and name not like 'Tỉnh %' and name not like 'Thành phố %'`,
      ),
    ).toBe(0);
  });

  it("keeps codes and slugs unique", async () => {
    expect(await count(sql`select count(distinct code) as n from places`)).toBe(3355);
    expect(
      await count(sql`select count(distinct slug) as n from places where level = 'province'`),
    ).toBe(34);
    expect(
      await count(sql`select count(distinct slug) as n from places where level = 'commune'`),
    ).toBe(3321);
  });

  it("keeps both Xã Phú Xuyên, each in its own province", async () => {
    const rows = await queryRows<{
      code: string;
      province_code: string;
      parent_code: string;
      slug: string;
    }>(
      database.db,
      sql`select code, province_code, parent_code, slug from places where name = 'Xã Phú Xuyên' order by code`,
    );
    expect(rows).toEqual([
      { code: "05773", province_code: "19", parent_code: "19", slug: "phu-xuyen-05773" },
      { code: "10273", province_code: "01", parent_code: "01", slug: "phu-xuyen-10273" },
    ]);
  });

  it("gives every commune a parent province that exists", async () => {
    expect(
      await count(sql`select count(*) as n from places c
        left join places p on p.code = c.parent_code and p.level = 'province'
        where c.level = 'commune' and (p.code is null or c.province_code <> c.parent_code)`),
    ).toBe(0);
  });
});

describe("former units", () => {
  it("keeps the former Huyện Sông Lô of Tỉnh Vĩnh Phúc, now in Phú Thọ", async () => {
    const rows = await queryRows<{
      id: string;
      name: string;
      parent_id: string;
      current_province_code: string;
    }>(
      database.db,
      sql`select id, name, parent_id, current_province_code from legacy_places where id in ('old-d:vinh-phuc:song-lo', 'old-p:vinh-phuc') order by id`,
    );
    expect(rows).toEqual([
      {
        id: "old-d:vinh-phuc:song-lo",
        name: "Huyện Sông Lô",
        parent_id: "old-p:vinh-phuc",
        current_province_code: "25",
      },
      {
        id: "old-p:vinh-phuc",
        name: "Tỉnh Vĩnh Phúc",
        parent_id: null,
        current_province_code: "25",
      },
    ]);
    expect(
      await count(
        sql`select count(*) as n from legacy_places where parent_id = 'old-d:vinh-phuc:song-lo' and current_province_code = '25'`,
      ),
    ).toBeGreaterThan(0);
  });

  it("maps former Nam Định and Hà Nam to Ninh Bình, Hòa Bình to Phú Thọ", async () => {
    const rows = await queryRows<{ id: string; current_province_code: string }>(
      database.db,
      sql`select id, current_province_code from legacy_places where id in ('old-p:nam-dinh', 'old-p:ha-nam', 'old-p:hoa-binh') order by id`,
    );
    expect(rows).toEqual([
      { id: "old-p:ha-nam", current_province_code: "37" },
      { id: "old-p:hoa-binh", current_province_code: "25" },
      { id: "old-p:nam-dinh", current_province_code: "37" },
    ]);
  });

  it("has the 63 former provinces and links every former unit below them to an existing parent", async () => {
    expect(await count(sql`select count(*) as n from legacy_places where level = 'province'`)).toBe(
      63,
    );
    expect(
      await count(sql`select count(*) as n from legacy_places c
        left join legacy_places p on p.id = c.parent_id
        where (c.level = 'district' and (p.level is distinct from 'province'))
           or (c.level = 'commune' and (p.level is distinct from 'district'))`),
    ).toBe(0);
  });

  it("maps former communes only to communes in the province it names", async () => {
    expect(
      await count(sql`select count(*) as n from legacy_places l join places p on p.code = l.current_commune_code
        where p.province_code is distinct from l.current_province_code`),
    ).toBe(0);
  });

  it("reports the mapping rows it dropped, with reasons and examples", () => {
    const source = loadAddressPackage();
    const { legacy } = first;
    expect(legacy.mappingRowsRead).toBe(source.mappings.length);
    expect(legacy.droppedRows).toBeGreaterThan(0);
    expect(legacy.mappingRowsUsed + legacy.droppedRows).toBe(legacy.mappingRowsRead);
    expect(legacy.mappingRowsUsed).toBe(legacy.communes.total);
    expect(legacy.issues.byReason.missing_old_code).toBeGreaterThan(0);
    expect(legacy.issues.byReason.missing_former_names).toBeGreaterThan(0);
    expect(legacy.issues.examples.missing_old_code?.[0]).toMatch(/^row \d+: .+ — /);
  });
});

describe("importing again", () => {
  it("changes nothing and says so", async () => {
    expect(await snapshot()).toEqual(snapshotAfterFirst);
    for (const c of [
      second.places.provinces,
      second.places.communes,
      second.legacy.provinces,
      second.legacy.districts,
      second.legacy.communes,
    ]) {
      expect(c.inserted).toBe(0);
      expect(c.updated).toBe(0);
      expect(c.unchanged).toBe(c.total);
    }
    expect(second.legacy.issues.byReason).toEqual(first.legacy.issues.byReason);
  });

  it("repairs a row that was edited since", async () => {
    await database.db.execute(
      sql`update places set name = 'Xã Sai', slug = 'sai' where code = '10273'`,
    );
    const again = await importPlaces(database.db);
    expect(again.places.communes.updated).toBe(1);
    expect(await snapshot()).toEqual(snapshotAfterFirst);
  });
});
