import { and, asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../tests/support/test-db";
import { queryRows } from "../client";
import { legalBases, productGroups, productSets } from "../schema";
import {
  BASIS_RULES,
  CURRENT_GROUP_SCHEME,
  LEGAL_BASES,
  PRODUCT_GROUP_SCHEMES,
  rulesFor,
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
  "sinh-vat-canh": ["hoa-cay-canh", "cay-canh", "dong-vat-canh"],
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
  it("stores every legal basis with its number, dates, kind and source (issue 12)", async () => {
    const rows = await database.db.select().from(legalBases).orderBy(asc(legalBases.code));
    const pinned = rows.map((r) => [
      r.code,
      r.documentNumber,
      r.signedOn,
      r.effectiveFrom,
      r.textKind,
      r.sourceKind,
    ]);
    expect(pinned).toEqual([
      ["2018", "490/QĐ-TTg", "2018-05-07", "2018-05-07", "programme", "primary"],
      ["2019", "1048/QĐ-TTg", "2019-08-21", "2019-08-21", "criteria", "primary"],
      ["2020", "781/QĐ-TTg", "2020-06-08", "2020-06-08", "amendment", "secondary"],
      ["2022", "919/QĐ-TTg", "2022-08-01", "2022-08-01", "programme", "primary"],
      ["2023", "148/QĐ-TTg", "2023-02-24", "2023-02-24", "criteria", "primary"],
      ["2025", "1489/QĐ-TTg", "2025-07-06", "2025-07-06", "amendment", "primary"],
      ["2026", "26/2026/QĐ-TTg", "2026-05-22", "2026-05-22", "criteria", "secondary"],
    ]);
    for (const r of rows) {
      expect(r.nameVi).toContain(r.documentNumber ?? "-");
      expect(r.nameEn).toContain(r.documentNumber ?? "-");
      expect(r.source?.length ?? 0).toBeGreaterThan(10);
    }
    // The names no longer cite rules that do not exist under those names.
    expect(rows.map((r) => r.nameVi).join(" ")).not.toMatch(/Quy định OCOP/);
  });

  it("has a rule table row for every basis, with the same score bands", () => {
    expect(BASIS_RULES.map((r) => r.basisCode).sort()).toEqual(
      LEGAL_BASES.map((b) => b.code).sort(),
    );
    for (const r of BASIS_RULES) {
      expect(r.bands.map((b) => [b.min, b.stars])).toEqual([
        [90, 5],
        [70, 4],
        [50, 3],
        [30, 2],
        [0, 1],
      ]);
      expect(r.recognises.ministry).toEqual([5]);
      expect(r.recognises.province).toEqual([3, 4]);
    }
  });

  it("pins who recognises what, and the 90-point 4★, per basis", () => {
    const summary = Object.fromEntries(
      BASIS_RULES.map((r) => [
        r.basisCode,
        {
          district: r.recognises.district,
          potentialFive: r.potentialFive,
          evaluationWithoutDecision: r.evaluationWithoutDecision,
        },
      ]),
    );
    const none = { district: [], potentialFive: null, evaluationWithoutDecision: false };
    const pf = { level: "province", minScore: 90, stars: 4 };
    expect(summary).toEqual({
      "2018": none,
      "2019": none,
      "2020": none,
      "2022": none,
      "2023": { district: [3], potentialFive: pf, evaluationWithoutDecision: false },
      "2025": { district: [], potentialFive: pf, evaluationWithoutDecision: true },
      "2026": { district: [], potentialFive: null, evaluationWithoutDecision: true },
    });
    expect(rulesFor("2023").levelUntil.district).toBe("2025-07-01");
  });

  it("keeps the 26 product sets of 26/2026 in 6 groups and 17 subgroups, marked secondary", async () => {
    const scheme = PRODUCT_GROUP_SCHEMES.find((sc) => sc.legalBasisCode === "2026");
    expect(scheme?.sourceKind).toBe("secondary");
    const sets = scheme?.groups.flatMap((g) => g.sets) ?? [];
    expect(scheme?.groups).toHaveLength(6);
    expect(sets).toHaveLength(26);
    expect(new Set(sets.map((s) => `${s.subgroupVi}`)).size).toBe(17);
    expect(sets.every((s) => s.subgroupVi && s.subgroupEn)).toBe(true);
    expect(PRODUCT_GROUP_SCHEMES.map((s) => s.legalBasisCode)).toEqual(["2019", "2023", "2026"]);

    const rows = await database.db
      .select({ code: productSets.code, subgroupVi: productSets.subgroupVi })
      .from(productSets)
      .innerJoin(productGroups, eq(productGroups.id, productSets.groupId))
      .where(eq(productGroups.legalBasisCode, "2026"))
      .orderBy(asc(productGroups.sortOrder), asc(productSets.sortOrder));
    expect(rows).toHaveLength(26);
    expect(rows[9]).toEqual({ code: "gia-vi-khac", subgroupVi: "Gia vị" });
    expect(rows.at(-1)?.code).toBe("du-lich-cong-dong");
  });

  it("names the groups and food sets as 919/148 do, codes unchanged", async () => {
    const groups = await database.db
      .select({ code: productGroups.code, nameVi: productGroups.nameVi })
      .from(productGroups)
      .where(eq(productGroups.legalBasisCode, "2023"))
      .orderBy(asc(productGroups.sortOrder));
    expect(groups.find((g) => g.code === "thao-duoc")?.nameVi).toBe(
      "Dược liệu và sản phẩm từ dược liệu",
    );
    const sets = await setsOf("2023");
    const name = (code: string) => sets.find((s) => s.set === code)?.nameVi;
    expect(sets.filter((s) => s.group === "thuc-pham").map((s) => s.nameVi)).toEqual([
      "Thực phẩm tươi sống",
      "Thực phẩm thô, sơ chế",
      "Thực phẩm chế biến",
      "Gia vị",
      "Chè",
      "Cà phê, ca cao",
    ]);
    expect([name("hoa-cay-canh"), name("cay-canh"), name("dong-vat-canh")]).toEqual([
      "Hoa",
      "Cây cảnh",
      "Động vật cảnh",
    ]);
    const food2019 = await setsOf("2019");
    expect(food2019.map((s) => s.nameVi).join(" ")).not.toMatch(/Nông sản/);
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
