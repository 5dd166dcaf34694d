import { and, asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../tests/support/test-db";
import { queryRows } from "../client";
import { legalBases, productGroups, productSets } from "../schema";
import {
  CURRENT_GROUP_SCHEME,
  LEGAL_BASES,
  PRODUCT_GROUP_SCHEMES,
  seedReferenceData,
} from "./index";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedReferenceData(database.db);
});

afterAll(async () => {
  await database?.cleanup();
});

/** The 2023 codes the catalogue and the demo seed rely on. */
const EXPECTED_2023: Record<string, string[]> = {
  "thuc-pham": [
    "thuc-pham-tuoi-song",
    "thuc-pham-tho-so-che",
    "thuc-pham-che-bien",
    "gia-vi",
    "che",
    "ca-phe-ca-cao",
  ],
  "do-uong": ["ruou", "do-uong-khong-con"],
  "thao-duoc": ["thuc-pham-chuc-nang", "my-pham-thao-duoc", "tinh-dau"],
  "thu-cong-my-nghe": ["det-may", "thu-cong-trang-tri"],
  "sinh-vat-canh": ["hoa-cay-canh", "dong-vat-canh"],
  "du-lich": ["du-lich-cong-dong"],
};

async function setsOf(basis: string) {
  return database.db
    .select({ group: productGroups.code, set: productSets.code, nameVi: productSets.nameVi })
    .from(productSets)
    .innerJoin(productGroups, eq(productGroups.id, productSets.groupId))
    .where(eq(productGroups.legalBasisCode, basis))
    .orderBy(asc(productGroups.sortOrder), asc(productSets.sortOrder));
}

async function snapshot(): Promise<string> {
  const [row] = await queryRows<{ s: string }>(
    database.db,
    sql`select concat(
      (select string_agg(row_to_json(b)::text, ',' order by b.code) from legal_bases b),
      (select string_agg(row_to_json(g)::text, ',' order by g.id) from product_groups g),
      (select string_agg(row_to_json(s)::text, ',' order by s.id) from product_sets s)) as s`,
  );
  return row?.s ?? "";
}

describe("seedReferenceData", () => {
  it("stores the four legal bases with Vietnamese and English names", async () => {
    const rows = await database.db.select().from(legalBases).orderBy(asc(legalBases.code));
    expect(rows.map((r) => r.code)).toEqual(["2019", "2023", "2025", "2026"]);
    expect(rows.find((r) => r.code === "2019")?.nameVi).toContain("1048/QĐ-TTg");
    expect(rows.find((r) => r.code === "2023")?.nameVi).toContain("148/QĐ-TTg");
    expect(rows.find((r) => r.code === "2023")?.effectiveFrom).toBe("2023-02-24");
    for (const r of rows) expect(r.nameEn.length).toBeGreaterThan(0);
  });

  it("has exactly the six 2023 groups and every set code the catalogue relies on", async () => {
    expect(CURRENT_GROUP_SCHEME).toBe("2023");
    const groups = await database.db
      .select({ code: productGroups.code })
      .from(productGroups)
      .where(eq(productGroups.legalBasisCode, "2023"))
      .orderBy(asc(productGroups.sortOrder));
    expect(groups.map((g) => g.code)).toEqual(Object.keys(EXPECTED_2023));
    const sets = await setsOf("2023");
    const actual: Record<string, string[]> = {};
    for (const s of sets) (actual[s.group] ??= []).push(s.set);
    expect(actual).toEqual(EXPECTED_2023);
  });

  it("keeps the 2019 scheme of six groups beside it", async () => {
    const groups = await database.db
      .select({ code: productGroups.code, nameVi: productGroups.nameVi })
      .from(productGroups)
      .where(eq(productGroups.legalBasisCode, "2019"))
      .orderBy(asc(productGroups.sortOrder));
    expect(groups.map((g) => g.nameVi)).toEqual([
      "Thực phẩm",
      "Đồ uống",
      "Thảo dược",
      "Vải và may mặc",
      "Lưu niệm – nội thất – trang trí",
      "Dịch vụ du lịch nông thôn và bán hàng",
    ]);
    // Same group, same code, across schemes; a group that changed has its own.
    expect(groups.map((g) => g.code)).toContain("thuc-pham");
    expect(groups.map((g) => g.code)).not.toContain("thu-cong-my-nghe");
  });

  it("is idempotent and brings renamed rows back to the data", async () => {
    const before = await snapshot();
    await seedReferenceData(database.db);
    expect(await snapshot()).toBe(before);

    await database.db
      .update(productGroups)
      .set({ nameVi: "Tên cũ" })
      .where(and(eq(productGroups.legalBasisCode, "2023"), eq(productGroups.code, "do-uong")));
    await seedReferenceData(database.db);
    expect(await snapshot()).toBe(before);
  });

  it("stores exactly what the data modules declare", async () => {
    const [counts] = await queryRows<{
      bases: number | string;
      groups: number | string;
      sets: number | string;
    }>(
      database.db,
      sql`select (select count(*) from legal_bases) as bases, (select count(*) from product_groups) as groups,
        (select count(*) from product_sets) as sets`,
    );
    expect(Number(counts?.bases)).toBe(LEGAL_BASES.length);
    const groups = PRODUCT_GROUP_SCHEMES.flatMap((s) => s.groups);
    expect(Number(counts?.groups)).toBe(groups.length);
    expect(Number(counts?.sets)).toBe(groups.flatMap((g) => g.sets).length);
  });
});
